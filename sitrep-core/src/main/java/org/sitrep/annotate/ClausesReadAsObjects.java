package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a verb of saying back the clause the parser read as its object. In "the army said a
 * counter-offensive supported by aircraft had killed 30 fighters" the parser may make "a
 * counter-offensive" the object of "said" and hang "had killed" on the participle inside it, as
 * if the support had killed; the act then has no subject and the army is no longer the one who
 * tells of it. A noun after a verb of saying, followed (past the words of its own phrase) by an
 * auxiliary and its verb, is that verb's subject, and the verb is what was said. Verbs joined to
 * the participle after that verb are joined to the verb ("... had killed 30 fighters and seized
 * weapons").
 */
final class ClausesReadAsObjects {
  private ClausesReadAsObjects() {}

  /** Verbs that report what someone said; not "tell", whose object is the one told. */
  private static final Set<String> SAYING = Set.of("say", "report", "announce", "claim",
      "confirm", "state");
  /** How the parser hangs the clause's verb inside the noun's phrase. */
  private static final Set<String> HUNG_BY = Set.of("conj", "dep", "acl", "advcl");
  /** Auxiliaries that open a clause's verb phrase after its subject. */
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "will", "would");

  static Sentence mend(Sentence parsed) {
    List<Token> tokens = parsed.tokens();
    for (Dependency object : parsed.basicDependencies()) {
      int says = object.governor();
      int noun = object.dependent();
      if (says < 0 || !object.relation().equals("obj")
          || !SAYING.contains(tokens.get(says).lemma().toLowerCase(Locale.ROOT))
          || !tokens.get(noun).pos().startsWith("NN")) {
        continue;
      }
      Sentence mended = clauseAfter(parsed, says, noun);
      if (mended != parsed) {
        return mended;
      }
    }
    return parsed;
  }

  private static Sentence clauseAfter(Sentence parsed, int says, int noun) {
    List<Token> tokens = parsed.tokens();
    BitSet phrase = parsed.subtree(noun);
    for (int aux = noun + 1; aux < tokens.size() && phrase.get(aux); aux++) {
      Token t = tokens.get(aux);
      Dependency toVerb = parsed.head(aux).orElse(null);
      if (!AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT)) || toVerb == null
          || !toVerb.relation().startsWith("aux")) {
        continue;
      }
      int verb = toVerb.governor();
      Dependency hung = parsed.head(verb).orElse(null);
      // The verb hangs inside the noun's phrase, after every word of it, and has no subject.
      if (hung == null || verb < aux || !tokens.get(verb).isVerb()
          || !HUNG_BY.contains(hung.relation())
          || parsed.basicChildren(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"))
          || !onlyThePhraseBefore(parsed, phrase, hung.governor(), verb, noun, aux)) {
        return parsed;
      }
      boolean passive = toVerb.relation().equals("aux:pass");
      List<Dependency> removed = new ArrayList<>(List.of(
          new Dependency(says, noun, "obj"), hung));
      List<Dependency> added = new ArrayList<>(List.of(
          new Dependency(says, verb, "ccomp"),
          new Dependency(verb, noun, passive ? "nsubj:pass" : "nsubj")));
      // "... had neutralised 30 fighters and recovered weapons": the later conjuncts of the
      // participle are the verb's.
      for (Dependency d : parsed.basicChildren(hung.governor())) {
        if (d.dependent() > verb && (d.relation().equals("conj") || d.relation().equals("cc"))) {
          removed.add(d);
          added.add(new Dependency(verb, d.dependent(), d.relation()));
        }
      }
      return Attributions.mended(parsed, removed, added);
    }
    return parsed;
  }

  /**
   * Whether the words between the noun and the auxiliary are the noun's own phrase, outside the
   * verb's: "a counter-offensive supported by aircraft".
   */
  private static boolean onlyThePhraseBefore(Sentence parsed, BitSet phrase, int participle,
      int verb, int noun, int aux) {
    BitSet verbs = parsed.subtree(verb);
    if (!phrase.get(participle) || verbs.get(participle)) {
      return false;
    }
    for (int k = noun + 1; k < aux; k++) {
      if (!phrase.get(k) || verbs.get(k)) {
        return false;
      }
    }
    return true;
  }
}
