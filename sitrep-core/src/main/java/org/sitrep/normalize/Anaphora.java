package org.sitrep.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.internal.HarmWords;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * Mentions that point back: "the attack" or "the air strike" with no attacker named is the attack
 * reported just before.
 */
final class Anaphora {
  private static final java.util.regex.Pattern EVENT_REFERENCE = java.util.regex.Pattern.compile(
      "(?i)(the|this|that|these|those)\\s+(\\w+\\s+)?(strikes?|air ?strikes?|attacks?|raids?|"
          + "bombings?|shelling|explosions?|blasts?|assault|ambush|bombardment|clashes|fighting)");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** How many sentences back "the attack" may refer. */
  private static final int WINDOW = 8;

  private Anaphora() {}

  /** True when the trigger is a noun introduced by "the"/"this" ("the air strike killed"). */
  static boolean definiteTrigger(AnnotatedArticle article, Mention m) {
    // "the strikes killed two civilians": the agent is the event itself, named before.
    if (m.actor1().map(a -> EVENT_REFERENCE.matcher(a.text()).matches()).orElse(false)) {
      return true;
    }
    Sentence s = article.sentences().get(m.sentence());
    Optional<Token> trigger = s.tokenAt(m.trigger().start());
    if (trigger.isEmpty() || !trigger.get().isNoun()) {
      return false;
    }
    int at = trigger.get().index();
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      Token before = s.token(k);
      if (DEFINITE.contains(before.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!before.isNoun() && !before.pos().startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  /** "At least four soldiers were killed", with no one named who killed them. */
  static boolean victimsOnly(Mention m) {
    return m.subEventType() == org.sitrep.model.SubEventType.ATTACK && m.actor1().isEmpty()
        && m.actor2().isPresent();
  }

  /**
   * The event a mention with no maker named refers back to, of those coded just before it, the
   * most recent first: "the deadliest attack on the SDF" an attack in which the SDF took part,
   * "the air strike" the air strike before all else.
   *
   * @param victims whom the mention names as hurt, who must take part in the event it refers to
   * @param definite the trigger itself refers back ("the attack"), so it may name no victims
   */
  static Optional<Event> antecedent(List<Event> antecedents, Mention m, Optional<Actor> victims,
      boolean definite) {
    // "The death toll rose to 11", "two more died": words that tell no act have no type of
    // their own to match, and go with the event told last, as the merger joins them.
    String word = m.trigger().text();
    boolean typeTold = !HarmWords.onlyHurt(word) && !HarmWords.toll(word)
        && !HarmWords.countOnly(word);
    Optional<Event> antecedent = typeTold ? antecedents.stream()
        .filter(e -> e.subEventType() == m.subEventType()
            && (e.actor2().isEmpty() || victims.map(v -> takesPart(e, v)).orElse(true)))
        .findFirst()
        : antecedents.stream().limit(1)
            .filter(e -> victims.map(v -> takesPart(e, v) || e.actor2().isEmpty()).orElse(true))
            .findFirst();
    // "Three children were among those killed in Hodeida" after an air strike on the city
    // that named no target: its victims.
    return antecedent.or(() -> antecedents.stream()
        .filter(e -> victims.map(v -> takesPart(e, v) || e.actor2().isEmpty()).orElse(definite))
        .findFirst());
  }

  private static boolean takesPart(Event e, Actor a) {
    return e.actor1().map(x -> x.name().equals(a.name())).orElse(false)
        || e.actor2().map(x -> x.name().equals(a.name())).orElse(false);
  }

  /** The events coded within a few sentences before the mention. */
  static List<Event> recentEvents(List<Event> events, List<Integer> sentences, Mention m) {
    List<Event> out = new java.util.ArrayList<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      int distance = m.sentence() - sentences.get(i);
      if (distance >= 0 && distance <= WINDOW && sameKind(events.get(i), m)) {
        out.add(events.get(i));
      }
    }
    return out;
  }

  /** "The attack" refers to violence, not to the arrests reported in between. */
  private static boolean sameKind(Event e, Mention m) {
    return e.eventType().politicalViolence()
        == m.subEventType().eventType().politicalViolence();
  }
}
