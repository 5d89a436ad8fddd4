package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the clause back to a full verb the parser read as the auxiliary of the participle after
 * it. In "a group of workers protested rejecting the new levy" the parser may read "protested
 * rejecting" as "were rejecting": "rejecting" heads the clause and "protested" hangs on it as an
 * auxiliary, so the protest seems to be a denial. Only forms of "be", "have", "do", "get" and the
 * modals are auxiliaries; any other verb so read is the clause's head, and the participle after
 * it tells how or why it was done ("protested rejecting", "marched chanting"). The verb takes the
 * participle's place in the tree, with the words before it (its subject, its day and place); the
 * participle becomes its adverbial clause and keeps the words after it.
 */
final class VerbsReadAsAuxiliaries {
  private VerbsReadAsAuxiliaries() {}

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will",
      "shall", "may", "might", "can", "could", "would", "should", "must", "ought", "need", "dare",
      "'s", "'re", "'ve", "'d", "'ll", "wo", "ca",
      // Their forms, for a lemma the tagger missed.
      "is", "are", "was", "were", "am", "been", "has", "had", "does", "did", "got", "gets");

  /** The parsed sentence with each full verb read as an auxiliary made its clause's head. */
  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    List<Dependency> basic = parsed.basicDependencies();
    for (Dependency aux : basic) {
      int verb = aux.dependent();
      int participle = aux.governor();
      String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
      String word = tokens.get(verb).word().toLowerCase(Locale.ROOT);
      if (aux.relation().equals("aux") && participle == verb + 1
          && tokens.get(verb).pos().matches("VBD|VBZ|VBP") && !AUXILIARIES.contains(lemma)
          && !AUXILIARIES.contains(word)
          && tokens.get(participle).pos().equals("VBG")) {
        return mend(parsed.withParse(promote(parsed.dependencies(), verb, participle),
            promote(basic, verb, participle)));
      }
    }
    return parsed;
  }

  /**
   * The arcs with {@code verb} in the participle's place: it takes the participle's own arc and
   * the dependents before the verb; the participle becomes its "advcl".
   */
  private static List<Dependency> promote(List<Dependency> arcs, int verb, int participle) {
    List<Dependency> out = new ArrayList<>(arcs.size());
    for (Dependency d : arcs) {
      if (d.governor() == participle && d.dependent() == verb) {
        out.add(new Dependency(verb, participle, "advcl"));
      } else if (d.dependent() == participle) {
        out.add(new Dependency(d.governor(), verb, d.relation()));
      } else if (d.governor() == participle && d.dependent() < verb) {
        out.add(new Dependency(verb, d.dependent(), d.relation()));
      } else {
        out.add(d);
      }
    }
    return out;
  }
}
