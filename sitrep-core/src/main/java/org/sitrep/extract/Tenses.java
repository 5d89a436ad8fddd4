package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a trigger's tense and auxiliaries say of when it happened: a present passive ("civilians
 * are killed") or a present perfect progressive ("have been using") tells of something habitual
 * or ongoing rather than of one event; a verb whose past is its present ("beat", "hit") is past
 * when a day dates it. {@link ModalityFilter} reads these beside its other cues.
 */
final class Tenses {
  private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

  private Tenses() {}

  /** The trigger if it is a verb, else the verb it is the object of ("using IEDs"). */
  static int carrierVerb(SentenceGraph g, int trigger) {
    if (g.token(trigger).isVerb()) {
      return trigger;
    }
    int head = g.head(trigger);
    return head >= 0 && g.relation(trigger).startsWith("obj") && g.token(head).isVerb() ? head : -1;
  }

  /**
   * "the region, where the government is retaking territory": a scene described, not news. So is
   * a group described ("dissidents of the former rebel group, who are fighting for control of drug
   * routes"), however the parser hangs the clause its relative pronoun opens.
   */
  static Optional<Integer> describedAsOngoing(SentenceGraph g, int verb) {
    if (verb < 0 || !g.token(verb).pos().equals("VBG") || !g.relation(verb).startsWith("acl:relcl")
        && g.exact(verb, "nsubj").stream().noneMatch(s -> RELATIVE_PRONOUNS.contains(
            g.token(s).word().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    return g.sentence().basicChildren(verb).stream()
        .filter(d -> d.relation().equals("aux") && PRESENT_BE.contains(g.token(d.dependent()).word()
            .toLowerCase(Locale.ROOT)))
        .map(d -> d.dependent()).findFirst();
  }

  /** Verbs that tell acts grew more frequent: "have stepped up attacks", "intensified raids". */
  private static final Set<String> TRENDS = Set.of("intensify", "escalate", "increase", "step",
      "ramp", "scale", "multiply");
  private static final Set<String> TRENDS_WITH_UP = Set.of("step", "ramp", "scale");

  private static final Set<String> PERFECT_OR_PRESENT = Set.of("have", "has", "'ve", "is", "are",
      "'re");

  /**
   * "the Taliban, who have stepped up attacks on security forces": acts in the plural that a
   * verb says grew more frequent are a trend over time, not one event.
   */
  static Optional<Integer> trend(SentenceGraph g, int trigger) {
    int head = g.head(trigger);
    String verb = head < 0 ? "" : g.token(head).lemma().toLowerCase(Locale.ROOT);
    if (head < 0 || !g.relation(trigger).startsWith("obj") || !g.token(trigger).pos().equals("NNS")
        || !TRENDS.contains(verb)) {
      return Optional.empty();
    }
    // "stepped up", "ramped up", "scaled up": those verbs tell a trend only with "up".
    boolean particle = !TRENDS_WITH_UP.contains(verb) || g.hasParticle(head, "up");
    // In the past simple it tells the day's acts ("stepped up their attacks on Monday, killing
    // five"); in the perfect or the present, a trend ("have stepped up attacks").
    boolean perfectOrPresent = g.token(head).pos().equals("VBZ") || g.token(head).pos().equals(
        "VBP") || g.sentence().basicChildren(head).stream().anyMatch(d -> d.relation().equals("aux")
            && PERFECT_OR_PRESENT.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    return particle && perfectOrPresent ? Optional.of(head) : Optional.empty();
  }

  /** Adverbs that tell an act done again and again: with a perfect, over a stretch of time. */
  private static final Set<String> ITERATIVE = Set.of("repeatedly", "increasingly",
      "persistently", "consistently", "continually");

  /**
   * "has repeatedly targeted convoys on the road", "have increasingly attacked": acts done again
   * and again up to now are a practice, not one event. (In the past simple, "repeatedly stabbed
   * him" or "repeatedly shelled the town on Monday" tells the day's act.)
   */
  static Optional<Integer> repeatedOverTime(SentenceGraph g, int verb) {
    if (verb < 0 || g.sentence().basicChildren(verb).stream().noneMatch(d -> d.relation()
        .equals("aux") && PERFECT.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    return g.sentence().basicChildren(verb).stream()
        .filter(d -> d.relation().equals("advmod")
            && ITERATIVE.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)))
        .map(d -> d.dependent()).findFirst();
  }

  private static final Set<String> PERFECT = Set.of("have", "has", "'ve");

  /** "have been using": the "been" of a present perfect progressive. */
  static Optional<Integer> perfectProgressive(SentenceGraph g, int verb) {
    if (verb < 0 || !g.token(verb).pos().equals("VBG")) {
      return Optional.empty();
    }
    boolean have = false;
    Optional<Integer> been = Optional.empty();
    for (var d : g.sentence().basicChildren(verb)) {
      String word = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("aux") && (word.equals("have") || word.equals("has"))) {
        have = true;
      }
      if (d.relation().equals("aux") && word.equals("been")) {
        been = Optional.of(d.dependent());
      }
    }
    return have ? been : Optional.empty();
  }

  /** The present-tense "are"/"is" of a passive trigger with no other auxiliary. */
  static Optional<Integer> presentPassive(SentenceGraph g, int trigger) {
    if (!g.token(trigger).pos().equals("VBN")) {
      return Optional.empty();
    }
    Optional<Integer> be = Optional.empty();
    for (var d : g.sentence().basicChildren(trigger)) {
      String word = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("aux")) {
        return Optional.empty();
      }
      if (d.relation().equals("aux:pass")) {
        be = PRESENT_BE.contains(word) ? Optional.of(d.dependent()) : Optional.empty();
        if (be.isEmpty()) {
          return be;
        }
      }
    }
    return be;
  }

  /**
   * "Guards beat up a journalist on Tuesday": a verb whose past is its present ("beat", "hit",
   * "set", "cut") that a day dates is in the past tense, whatever its tag says. The day may hang
   * on a clause of the verb's own ("beat a man they accused of theft on Monday"): the parser
   * often joins a closing date to the nearest verb.
   */
  static boolean pastForm(SentenceGraph g, int trigger) {
    org.sitrep.annotate.Token verb = g.token(trigger);
    if (!verb.word().equalsIgnoreCase(verb.lemma())) {
      return false;
    }
    java.util.BitSet below = g.subtree(trigger);
    for (int i = below.nextSetBit(0); i >= 0; i = below.nextSetBit(i + 1)) {
      if (i != trigger && g.inDate(i)) {
        return true;
      }
    }
    return false;
  }

  /** Words that call a kind of act common: "assassinations are a regular event". */
  private static final Set<String> COMMON = Set.of(
      "common", "commonplace", "regular", "frequent", "routine", "everyday", "daily", "rife",
      "rampant", "widespread", "endemic", "usual", "occurrence");

  /**
   * "Kidnappings are commonplace", "assassinations are a regular event": an act told in the
   * present as the subject of what is common is a state of affairs, not one event. Returns the
   * word that says so.
   */
  static Optional<Integer> toldAsCommon(SentenceGraph g, int trigger) {
    int node = g.firstConjunct(trigger);
    int head = g.head(node);
    if (!g.token(trigger).isNoun() || head < 0 || !g.relation(node).startsWith("nsubj")
        || g.exact(head, "cop").stream().noneMatch(c -> PRESENT_BE.contains(
            g.token(c).word().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    if (COMMON.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.of(head);
    }
    return g.exact(head, "amod").stream()
        .filter(a -> COMMON.contains(g.token(a).lemma().toLowerCase(Locale.ROOT))).findFirst();
  }
}
