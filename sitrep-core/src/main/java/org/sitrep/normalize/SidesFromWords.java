package org.sitrep.normalize;

import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * Sides the words give in an order ACLED does not code them in: the attack a subject repelled was
 * made by the other side ("Afghan forces repulsed their attack"), one plural that fought itself
 * stands on both sides ("two rival clans clashed"), and a subject that suffered the act is its
 * target ("five soldiers were ambushed", "their posts came under fire").
 */
final class SidesFromWords {
  private SidesFromWords() {}

  private static final java.util.Set<String> REPEL =
      java.util.Set.of("repulse", "repel", "foil", "thwart", "fend", "beat", "push", "fight");
  /** The nouns of an attack that may be repelled, singular, each also read with a plural "s". */
  private static final String ATTACK_NOUN =
      "(?:attack|assault|offensive|raid|attempt|advance|incursion)s?";
  private static final java.util.regex.Pattern ATTACK_BY = java.util.regex.Pattern.compile(
      "(?i)^(their|its|his|her)\\s+(?:\\w+\\s+)?" + ATTACK_NOUN + "$");

  /** The maker of an attack that the trigger's subject repelled ("repulsed their attack"). */
  static Optional<ActorResolver.Resolved> attacker(Mention m, StoryContext story,
      Optional<ActorResolver.Resolved> repeller) {
    String verb = m.trigger().text().toLowerCase(java.util.Locale.ROOT);
    boolean repel = REPEL.stream().anyMatch(verb::startsWith);
    if (!repel || repeller.isEmpty() || m.actor2().isEmpty()
        || !ATTACK_BY.matcher(m.actor2().get().text().strip()).matches()) {
      return Optional.empty();
    }
    Evidence phrase = m.actor2().get();
    return story.lastActorBefore(phrase.start(), repeller.map(ActorResolver.Resolved::actor),
            a -> a.inter() != 7)
        .map(n -> new ActorResolver.Resolved(n.value(), new Evidence(phrase.field(),
            n.evidence().text(), n.evidence().start(), n.evidence().end(),
            "made the attack repelled ('" + phrase.text() + "')")));
  }

  /** What stands between the verb and the attacker in "repulsed an attack by the army". */
  private static final java.util.regex.Pattern AN_ATTACK_BY = java.util.regex.Pattern.compile(
      "(?i)^\\s+(?:an?|the)\\s+(?:\\w+\\s+)?" + ATTACK_NOUN + "\\s+(?:\\w+\\s+)?by\\s+$");

  /** What stands before the name on an attack repelled: "repelled 14 Russian assaults". */
  private static final java.util.regex.Pattern BEFORE_THE_NAME =
      java.util.regex.Pattern.compile("^\\s+(?:[\\w-]+\\s+)?$");
  /** The attack after the name on it. */
  private static final java.util.regex.Pattern ATTACK_AFTER_THE_NAME = java.util.regex.Pattern
      .compile("(?i)^\\s+" + ATTACK_NOUN + "\\b.*");

  /**
   * "The rebels said they repulsed an attack by government forces", "Ukrainian forces repelled
   * 14 Russian assaults": the side after "by", or the one the attack is named for, made the
   * attack that was repelled, and acts first, as ACLED codes who attacked.
   */
  static boolean repelledAttackBy(Mention m) {
    String verb = m.trigger().text().toLowerCase(java.util.Locale.ROOT);
    if (REPEL.stream().noneMatch(verb::startsWith) || m.actor2().isEmpty()) {
      return false;
    }
    Evidence sentence = m.sentenceText();
    int from = m.trigger().end() - sentence.start();
    int to = m.actor2().get().start() - sentence.start();
    int end = m.actor2().get().end() - sentence.start();
    if (from < 0 || to <= from || end > sentence.text().length()) {
      return false;
    }
    String before = sentence.text().substring(from, to);
    return AN_ATTACK_BY.matcher(before).matches() || BEFORE_THE_NAME.matcher(before).matches()
        && ATTACK_AFTER_THE_NAME.matcher(sentence.text().substring(end)).matches();
  }

  /** Words that make one plural two sides: "two rival clans", "warring communities". */
  private static final java.util.regex.Pattern MUTUAL = java.util.regex.Pattern.compile(
      "(?i)^(?:the\\s+)?(?:two|rival|warring|feuding|opposing)\\b.*s$");

  /**
   * True when a clash names one plural as its only side and says it fought itself ("two rival
   * clans clashed"): ACLED then codes that group on both sides. Only for armed groups and
   * militias; civilians are no party to a clash, and the state's forces seldom fight themselves.
   */
  static boolean foughtItself(Mention m, Optional<ActorResolver.Resolved> first) {
    int inter = first.map(r -> r.actor().inter()).orElse(0);
    // "fighting between two rival clan militias": the parse may give the one phrase as both.
    boolean oneSide = m.actor2().isEmpty() || m.actor1().map(a -> a.start()).equals(
        m.actor2().map(a -> a.start()));
    return m.subEventType() == org.sitrep.model.SubEventType.ARMED_CLASH
        && oneSide && inter >= 2 && inter <= 4
        && m.actor1().map(a -> MUTUAL.matcher(a.text().strip()).matches()).orElse(false);
  }

  /**
   * "Five soldiers were ambushed": a side the parse found against the act but named before its
   * verb is the verb's passive subject, who suffered it.
   */
  static boolean passiveSubject(Mention m) {
    return m.actor2().map(a -> a.end() <= m.trigger().start()).orElse(false)
        && (m.trigger().text().toLowerCase(java.util.Locale.ROOT).endsWith("ed") || cameUnder(m));
  }

  private static final java.util.regex.Pattern UNDER = java.util.regex.Pattern.compile(
      "\\b(?:came|come|comes|coming)\\s+under\\s+(?:[\\w-]+\\s+){0,2}$");

  /** "their posts came under heavy fire": the subject was fired on, whoever fired. */
  private static boolean cameUnder(Mention m) {
    Evidence s = m.sentenceText();
    int at = m.trigger().start() - s.start();
    return at > 0 && at <= s.text().length()
        && UNDER.matcher(s.text().substring(Math.max(0, at - 60), at)).find();
  }
}
