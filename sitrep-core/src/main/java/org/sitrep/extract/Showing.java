package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * "Demonstrate" in its other sense: to show. "Workers demonstrated outside the ministry" is a
 * protest; "the trial demonstrated that the drug works" and "a demonstration of strength" show
 * something, and no one protested.
 */
final class Showing {
  private static final Set<String> SHOWING = Set.of("demonstrate", "demonstration");

  private Showing() {}

  /**
   * True when {@code i} is "demonstrate" or "demonstration" in the sense of showing ("demonstrated
   * an improvement", "a demonstration of strength").
   */
  static boolean showsSomething(SentenceGraph g, int i) {
    if (!SHOWING.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    // "demonstrated to demand water" is a protest with its purpose; "demonstrated to be safe"
    // shows, the infinitive right after the verb. One further on ("demonstrated to demand masks to
    // prevent infection") is a purpose of the words between, wherever the parser hangs it.
    boolean shownClause = g.exact(i, "xcomp").stream()
        .anyMatch(x -> !Figurative.DEMANDS.contains(g.token(x).lemma().toLowerCase(Locale.ROOT))
            && IntStream.range(i + 1, g.sentence().subtree(x).nextSetBit(0))
                .allMatch(k -> g.token(k).pos().startsWith("RB")));
    // "demonstrated that ..." shows; in "demonstrated to denounce that they were dismissed" the
    // clause is the other verb's, though the parser may hang it on "demonstrated".
    boolean shownThat = g.exact(i, "ccomp").stream().anyMatch(c -> IntStream
        .range(i + 1, g.sentence().subtree(c).nextSetBit(0)).noneMatch(k -> g.token(k).isVerb()));
    return g.token(i).isVerb() ? !g.exact(i, "obj").isEmpty() || shownThat || shownClause
        : !g.exact(i, "nmod:of").isEmpty();
  }
}
