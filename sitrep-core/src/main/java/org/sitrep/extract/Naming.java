package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A word of violence that is what someone calls something names it and tells no act of its own:
 * "a defeat the fans called a massacre", "critics branded the budget an attack on the poor",
 * "the mayor described the eviction as a war on the homeless". Where an act is named so ("rights
 * groups called the killings a massacre"), its own words tell it. Read by {@link Figurative}.
 */
final class Naming {
  private Naming() {}

  /** Verbs that give a thing a name as their second object. */
  private static final Set<String> CALLING = Set.of("call", "dub", "term", "brand", "label");
  /** Verbs that give it one with "as". */
  private static final Set<String> DESCRIBING = Set.of("describe", "brand", "label",
      "characterise", "characterize", "portray", "depict", "denounce", "decry", "regard", "view");

  /** Whether the noun at {@code i} is the name a verb of calling gives something. */
  static boolean aName(SentenceGraph g, int i) {
    int verb = g.head(i);
    if (!g.token(i).isNoun() || verb < 0) {
      return false;
    }
    String lemma = g.token(verb).lemma().toLowerCase(Locale.ROOT);
    String rel = g.relation(i);
    // "called a strike", "called a protest": a crowd's act called for is no name of it; and
    // "called in air strikes", "called off the attack" tell the act.
    boolean named = CALLING.contains(lemma) && (rel.equals("obj") || rel.startsWith("xcomp"))
        && !Figurative.PROTESTS.contains(g.token(i).lemma().toLowerCase(Locale.ROOT))
        && g.exact(verb, "compound:prt").isEmpty();
    return named || DESCRIBING.contains(lemma) && g.exact(verb, "obl:as").contains(i);
  }
}
