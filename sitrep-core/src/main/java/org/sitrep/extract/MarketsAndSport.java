package org.sitrep.extract;

import java.util.List;
import java.util.Locale;

/**
 * The business pages and the sports pages tell their news in the words of violence: an act whose
 * subject, source or end is of the markets or of sport is a figure of speech. Read by
 * {@link Figurative}, with the words of its {@code idioms.tsv}.
 */
final class MarketsAndSport {
  private MarketsAndSport() {}

  /**
   * "Oil prices rallied", "the striker attacked the defence", "the shilling came under attack
   * from speculators", "stormed to a 3-1 win": the act's subject, its source or its end is of
   * the markets or of sport.
   */
  static boolean tell(SentenceGraph g, int i) {
    int verb = g.token(i).isVerb() ? i : Carriers.of(g, i);
    // Players and teams do protest and strike; only their fights are of sport.
    boolean protest = Figurative.PROTESTS.contains(g.token(i).lemma().toLowerCase(Locale.ROOT));
    for (int s : g.exact(verb, "nsubj")) {
      String w = g.token(s).lemma().toLowerCase(Locale.ROOT);
      if (Figurative.IDIOMS.get("market").contains(w)
          || !protest && Figurative.IDIOMS.get("sport").contains(w) && !aUnitOfForce(g, s)) {
        return true;
      }
    }
    // "came under fire from opposition MPs", "was besieged by journalists": who did it.
    List<Integer> doers = new java.util.ArrayList<>(g.dependents(i, "nmod"));
    doers.addAll(g.exact(i, "obl:agent"));
    doers.addAll(g.exact(verb, "obl:from"));
    if (g.head(i) >= 0 && g.exact(g.head(i), "obl:under").contains(i)) {
      doers.addAll(g.exact(g.head(i), "obl:from"));
    }
    for (int by : doers) {
      if (Figurative.IDIOMS.get("critics").contains(g.token(by).lemma().toLowerCase(Locale.ROOT))
          || Figurative.IDIOMS.get("critics").contains(g.token(by).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (int to : g.dependents(verb, "obl")) {
      if (Figurative.IDIOMS.get("result").contains(g.token(to).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "the bomb squad", "a police team": a team word that names a unit of force, not a side. */
  private static boolean aUnitOfForce(SentenceGraph g, int team) {
    return g.sentence().basicChildren(team).stream()
        .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
        .anyMatch(d -> Figurative.IDIOMS.get("forces").contains(
            g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }
}
