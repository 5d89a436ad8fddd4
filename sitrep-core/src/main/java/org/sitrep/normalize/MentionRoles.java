package org.sitrep.normalize;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.extract.ActLinks;
import org.sitrep.extract.SpeechVerbs;
import org.sitrep.extract.TimeWords;
import org.sitrep.internal.HarmWords;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.Mention;
import org.sitrep.model.MentionRole;

/**
 * Tells what a mention does in its article (see {@link MentionRole}). An event noun refers to a
 * known event when a determiner or a possessive presents it as known ("the attack", "Saturday's
 * bombing"), when a frame word takes it as its complement ("a probe into the explosion", "condemned
 * the attack") or when a preposition sets it before what the sentence tells ("since the attack").
 * A killing with victims and no one who killed them is an outcome.
 */
final class MentionRoles {
  private static final Set<String> FAMILIES =
      Set.of("frame", "background", "sequel", "determiner", "doing", "gathering", "grievance",
          "roadblock", "reaction");
  /** How far up the tree a frame word may govern the event noun: "a probe into the explosion". */
  private static final int FRAME_HOPS = 3;

  private final Set<String> frames;
  private final Set<String> background;
  private final Set<String> sequel;
  private final Set<String> determiners;
  private final Set<String> doing;
  private final Set<String> gathering;
  private final Set<String> grievance;
  private final Set<String> roadblock;
  private final Set<String> reaction;

  /** "the two men", "the three soldiers": people counted as already known to the reader. */
  private static final java.util.regex.Pattern KNOWN_VICTIMS = java.util.regex.Pattern.compile(
      "(?i)^(the|these|those)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b");

  /** "the two men had been killed by Israeli fire": the deaths of people told of before. */
  private static boolean knownVictims(Mention m) {
    return m.subEventType().eventType() != org.sitrep.model.EventType.PROTESTS
        && m.actor2().map(a -> KNOWN_VICTIMS.matcher(a.text().strip()).find()).orElse(false);
  }

  MentionRoles(WordFamilies cues) {
    this.doing = cues.get("doing");
    this.gathering = cues.get("gathering");
    this.grievance = cues.get("grievance");
    this.roadblock = cues.get("roadblock");
    this.reaction = cues.get("reaction");
    this.frames = cues.get("frame");
    this.background = cues.get("background");
    this.sequel = cues.get("sequel");
    this.determiners = cues.get("determiner");
  }

  static MentionRoles loadDefault() {
    return new MentionRoles(WordFamilies.bundled(MentionRoles.class, "reference-cues.tsv", FAMILIES));
  }

  /**
   * Whether the story tells of a protest, a march, a rally or people demanding in public. The
   * month is no march: "On 3 March, supporters of two candidates fought with machetes" tells a
   * mob's fight, not a demonstration's.
   */
  boolean demonstrationTold(AnnotatedArticle article) {
    return article.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> !TimeWords.isCalendarWord(t.word()))
        .anyMatch(t -> {
          String w = t.lemma().toLowerCase(Locale.ROOT);
          return gathering.contains(w) || grievance.contains(w)
              || t.isNoun() && roadblock.contains(t.word().toLowerCase(Locale.ROOT));
        });
  }

  /**
   * "Police intervened", "a lathi charge": words that tell a protest met with force only in a
   * story of a protest; "police intervened to stop a fight" met none.
   */
  static boolean onlyAtAProtest(Mention m) {
    return ONLY_AT_A_PROTEST.matcher(m.trigger().text()).matches();
  }

  private static final java.util.regex.Pattern ONLY_AT_A_PROTEST =
      java.util.regex.Pattern.compile("(?i)interven\\w*|charges?");

  MentionRole of(AnnotatedArticle article, Mention m) {
    Sentence s = article.sentences().get(m.sentence());
    if (article.isHeadline(s)) {
      return MentionRole.HEADLINE;
    }
    Optional<Token> trigger = s.tokenAt(m.trigger().start());
    // "blocked a highway over the killing of a colleague": the death they acted over, before.
    if (trigger.filter(t -> t.isNoun()
            && (ActLinks.linkedTo(s, t.index()) || ActLinks.over(s, t.index()))).isPresent()
        // A crowd's act is left alone: "arrested 20 for blocking the road" tells a protest.
        || trigger.filter(t -> ActLinks.heldFor(s, t.index())).isPresent()
            && m.subEventType().eventType().politicalViolence()) {
      return MentionRole.BACKGROUND;
    }
    // "Two people were injured as a tree fell": who was hurt, with no one said to have hurt them;
    // "the death toll rose to 14": how many died in the event told before.
    if (Anaphora.victimsOnly(m) || m.actor1().isEmpty() && HarmWords.onlyHurt(m.trigger().text())
        || knownVictims(m) || HarmWords.toll(m.trigger().text())
        || HarmWords.countOnly(m.trigger().text())) {
      return MentionRole.OUTCOME;
    }
    if (trigger.isEmpty()) {
      return MentionRole.REPORT;
    }
    int t = trigger.get().index();
    if (claimedToll(s, m, t)) {
      return MentionRole.OUTCOME;
    }
    if (!trigger.get().isNoun()) {
      // "Opposition leaders denounced the burning of their offices": the learned detector takes
      // the sentence's verb as its trigger, and a verb of reaction speaks of an act told
      // elsewhere in the report, or told only here, in passing.
      if (reaction.contains(trigger.get().lemma().toLowerCase(Locale.ROOT))) {
        return MentionRole.ASIDE;
      }
      // "since the group launched a series of attacks": a clause set before the sentence's time;
      // "the attack came after settlers had stormed the compound": one told as before it.
      return since(s, t) || earlierClause(s, t) || protestCause(s, t) || spanBefore(s, t)
          ? MentionRole.BACKGROUND : MentionRole.REPORT;
    }
    Optional<Dependency> up = s.head(t);
    if (up.isPresent() && s.token(up.get().governor()).isVerb() && since(s, up.get().governor())) {
      return MentionRole.BACKGROUND;
    }
    if (protestedAgainst(s, t)) {
      return MentionRole.BACKGROUND;
    }
    if (done(s, t)) {
      return MentionRole.REPORT;
    }
    if (behind(s, t)) {
      return MentionRole.BACKGROUND;
    }
    if (framed(s, t) || spokenAt(s, t)) {
      return MentionRole.ASIDE;
    }
    return known(s, t) ? MentionRole.REFERENCE : MentionRole.REPORT;
  }

  /** Victims named by a count alone: "dozens", "about 20". */
  private static final java.util.regex.Pattern COUNT_ALONE = java.util.regex.Pattern.compile(
      "(?i)(?:(?:about|some|nearly|over|more than|at least)\\s+)?(?:\\d+|dozens|scores|hundreds"
          + "|many|several|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|twenty)");

  /** The clause a claim holds, as the parse may hang it: "claimed (on social media) to have". */
  private static final java.util.regex.Pattern CLAUSES =
      java.util.regex.Pattern.compile("xcomp|ccomp|advcl");

  /**
   * "the attackers claimed they had killed dozens": a party's claim of the dead with no victims
   * named counts the dead of an act the report tells, as a toll does; it is no act of its own, and
   * the dead it names none of are not civilians by convention.
   */
  private static boolean claimedToll(Sentence s, Mention m, int t) {
    Optional<Dependency> up = s.head(t);
    return m.actor2().map(a -> COUNT_ALONE.matcher(a.text().strip()).matches()).orElse(true)
        && s.token(t).isVerb()
        && s.token(t).lemma().equalsIgnoreCase("kill")
        && up.filter(d -> CLAUSES.matcher(d.relation()).lookingAt()
            && s.token(d.governor()).lemma().equalsIgnoreCase("claim")).isPresent();
  }

  /** "launched the attack", "the clashes erupted", "took part in the demonstration". */
  private boolean done(Sentence s, int t) {
    Optional<Dependency> up = s.head(t);
    if (up.isEmpty()) {
      return false;
    }
    String rel = up.get().relation();
    Token head = s.token(up.get().governor());
    boolean argument = rel.startsWith("obj") || rel.startsWith("nsubj") || rel.startsWith("obl");
    return argument && head.isVerb() && doing.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb in a clause that "since" opens, or whose head's clause it opens. */
  private static boolean since(Sentence s, int verb) {
    int node = verb;
    for (int hop = 0; hop < 2 && node >= 0; hop++) {
      int at = node;
      if (s.basicChildren(at).stream().anyMatch(d -> d.relation().equals("mark")
          && s.token(d.dependent()).word().equalsIgnoreCase("since"))) {
        return true;
      }
      Optional<Dependency> up = s.head(at);
      if (up.isEmpty() || !up.get().relation().startsWith("conj") && !up.get().relation().startsWith("xcomp")) {
        return false;
      }
      node = up.get().governor();
    }
    return false;
  }

  /** How far up a relative clause may hold the act: "families who say their sons were taken". */
  private static final int CLAUSE_HOPS = 3;

  /**
   * "demanded justice for a youth who was killed by unknown men", "marched to demand the arrest
   * of the men who attacked their teacher": an act told in a relative clause of a sentence that
   * tells of a protest is the protest's cause, what happened to someone before; it is the
   * report's own event only when dated there. (Not in every sentence: an attack report's
   * relative clauses often tell its own acts, "militants who stormed the base killed four".)
   */
  private boolean protestCause(Sentence s, int verb) {
    // "residents who were protesting": a protest told in a relative clause is the protest itself.
    if (gathering.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int node = verb;
    for (int hop = 0; hop < CLAUSE_HOPS && node >= 0; hop++) {
      Optional<Dependency> up = s.head(node);
      if (up.isEmpty()) {
        return false;
      }
      String rel = up.get().relation();
      if (rel.startsWith("acl:relcl")) {
        BitSet clause = s.subtree(node);
        return s.tokens().stream().anyMatch(tok -> !clause.get(tok.index())
            && gathering.contains(tok.lemma().toLowerCase(Locale.ROOT)));
      }
      if (!rel.startsWith("ccomp") && !rel.startsWith("xcomp") && !rel.startsWith("conj")) {
        return false;
      }
      node = up.get().governor();
    }
    return false;
  }

  /**
   * "staged a protest against the attacks on traders", "marched over the killing of a student":
   * what a protest is against or over is its cause, an act told as known.
   */
  private boolean protestedAgainst(Sentence s, int noun) {
    Optional<Dependency> up = s.head(noun);
    String rel = up.map(Dependency::relation).orElse("");
    boolean cause = (rel.startsWith("obl") || rel.startsWith("nmod"))
        && s.basicChildren(noun).stream().anyMatch(d -> d.relation().equals("case")
            && CAUSE_OF_PROTEST.contains(lower(s.token(d.dependent()))));
    if (!cause) {
      return false;
    }
    int head = up.get().governor();
    return gathering.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))
        || s.token(head).isVerb() && s.basicChildren(head).stream()
            .anyMatch(d -> d.relation().equals("obj")
                && gathering.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> CAUSE_OF_PROTEST = Set.of("against", "over");

  /** A past perfect in a clause opened by "after" or "before": what had happened by then. */
  private boolean earlierClause(Sentence s, int verb) {
    boolean opened = openedBefore(s, verb, "mark");
    boolean hadDone = s.basicChildren(verb).stream().anyMatch(d -> d.relation().equals("aux")
        && s.token(d.dependent()).lemma().equalsIgnoreCase("have") && s.token(d.dependent()).pos().equals("VBD"));
    return opened && hadDone;
  }

  /** "At a rally this month, he said", "told a campaign rally": the setting of a speech. */
  private static boolean spokenAt(Sentence s, int t) {
    Optional<Dependency> up = s.head(t);
    if (up.isEmpty()) {
      return false;
    }
    String rel = up.get().relation();
    Token head = s.token(up.get().governor());
    return (rel.startsWith("obl") || rel.startsWith("obj") || rel.startsWith("iobj"))
        && head.isVerb() && SpeechVerbs.contains(head.lemma());
  }

  /** "after a week of fighting", "since two days of clashes": a span of them before the day. */
  private boolean spanBefore(Sentence s, int t) {
    Optional<Dependency> up = s.head(t);
    return up.isPresent() && up.get().relation().startsWith("nmod")
        && SPANS.contains(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT))
        && openedBefore(s, up.get().governor(), "case");
  }

  /** The node has a word of {@code rel} ("mark", "case") that sets it before: "after", "since". */
  private boolean openedBefore(Sentence s, int node, String rel) {
    return s.basicChildren(node).stream().anyMatch(d -> d.relation().equals(rel)
        && (sequel.contains(lower(s.token(d.dependent())))
            || background.contains(lower(s.token(d.dependent())))));
  }

  /**
   * "since the attack", "after the bombing": an event before the one the sentence tells. But
   * "ten militants were killed following their attacks" tells the attacks and their toll.
   */
  private boolean behind(Sentence s, int t) {
    if (spanBefore(s, t)) {
      return true;
    }
    Optional<Dependency> up = s.head(t);
    boolean toll = up.isPresent() && HARM.contains(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    return s.basicChildren(t).stream().anyMatch(d -> d.relation().equals("case")
        && (background.contains(lower(s.token(d.dependent())))
            || sequel.contains(lower(s.token(d.dependent()))) && known(s, t) && !toll));
  }

  private static final Set<String> SPANS = Set.of("hour", "day", "night", "week", "month", "year");

  private static final Set<String> HARM = Set.of(
      "kill", "die", "wound", "injure", "arrest", "detain", "abduct", "kidnap", "displace", "flee");

  /** "the attack", "this bombing", "Saturday's attack", "its offensive". */
  private boolean known(Sentence s, int t) {
    for (Dependency d : s.basicChildren(t)) {
      String word = lower(s.token(d.dependent()));
      String rel = d.relation();
      if (rel.equals("det") && determiners.contains(word) || rel.equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** "a probe into the explosion", "condemned the attack", "the victims of the bombing". */
  private boolean framed(Sentence s, int t) {
    int node = t;
    for (int hop = 0; hop < FRAME_HOPS; hop++) {
      Optional<Dependency> up = s.head(node);
      if (up.isEmpty()) {
        return false;
      }
      String rel = up.get().relation();
      if (rel.startsWith("conj")) {
        // "the plans of the assassination attempt and terrorist attack": conjuncts share a frame.
        node = up.get().governor();
        hop--;
        continue;
      }
      boolean complement = rel.startsWith("obj") || rel.startsWith("nmod") || rel.startsWith("obl")
          || rel.equals("compound") || rel.startsWith("acl") || rel.startsWith("xcomp");
      if (!complement) {
        return false;
      }
      node = up.get().governor();
      if (frames.contains(s.token(node).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
