package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Mends the tagger's reading of "mine" as the possessive pronoun in "a roadside mine destroyed a
 * minibus", "an anti-tank mine": the pronoun stands alone as a noun phrase, so after a
 * determiner, an adjective, a number or another noun the word is the weapon. Read as a pronoun it
 * made "roadside" the subject and left the weapon out of the sentence.
 */
final class MinesTaggedAsPronouns {
  /** Tags of the words that may stand before a noun in its phrase, but never before a pronoun. */
  private static final Set<String> BEFORE_A_NOUN =
      Set.of("DT", "JJ", "NN", "NNP", "CD", "HYPH", "VBN");

  private MinesTaggedAsPronouns() {}

  /** Retags, in place, each such "mine" or "mines" as a noun; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String word = t.word().toLowerCase(java.util.Locale.ROOT);
      if (t.tag().startsWith("PRP") && (word.equals("mine") || word.equals("mines"))
          && BEFORE_A_NOUN.contains(tokens.get(i - 1).tag())) {
        t.setTag(word.equals("mine") ? "NN" : "NNS");
        t.setLemma("mine");
        mended++;
      }
    }
    return mended;
  }
}
