package org.sitrep.extract;

/**
 * Names of countries that act in the sentence: "Russia fired two missiles", "a suspected U.S.
 * drone strike". NER calls them places, which are never parties; these are the state's forces.
 */
final class ActingStates {
  private ActingStates() {}

  /** A proper name NER calls a place that is the active subject of the act: a state acting. */
  static boolean acts(SentenceGraph g, int i, int trigger, int carrier) {
    // "A suspected U.S. drone strike": the country whose name stands before the act, in the
    // act's own phrase, made it; not the place a headline names it by ("in Mali ambush").
    boolean before = g.relation(i).equals("compound") && g.head(i) == trigger && i < trigger
        && opensAPhrase(g, i);
    return !g.inTime(i) && g.token(i).isProperNoun() && g.token(i).ner().equals("LOCATION")
        && (before || g.relation(i).equals("nsubj")
        && (g.head(i) == trigger || g.head(i) == carrier));
  }

  /**
   * "Russia and Ukraine agreed to exchange prisoners": a country's name joined to a state that
   * acts is a second state acting, not the place of the act.
   */
  static boolean alongside(SentenceGraph g, int i, int trigger, int carrier) {
    int head = g.head(i);
    return head >= 0 && g.relation(i).startsWith("conj") && acts(g, head, trigger, carrier)
        && !g.inTime(i) && g.token(i).isProperNoun() && g.token(i).ner().equals("LOCATION");
  }

  /** The words before the name's own: an article, or adjectives after one ("a suspected"). */
  private static boolean opensAPhrase(SentenceGraph g, int name) {
    int k = name - 1;
    while (k >= 0 && g.token(k).isProperNoun() && g.token(k).ner().equals("LOCATION")) {
      k--;
    }
    while (k >= 0 && (g.token(k).pos().startsWith("JJ") || g.token(k).pos().equals("VBN"))) {
      k--;
    }
    return k >= 0 && (g.token(k).pos().equals("DT") || g.token(k).pos().equals("PRP$"));
  }
}
