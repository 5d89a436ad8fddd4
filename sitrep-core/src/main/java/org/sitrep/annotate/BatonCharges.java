package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends how the tagger reads a charge named by its weapon, South Asian news's way of telling
 * police force on a crowd ("police lathi-charged the farmers", "baton-charged the workers"): it
 * tags "charged" a participle, the parser then makes it an adjective of the crowd, and the act,
 * its maker and the crowd it was used on are lost. After the noun that opens the clause it is
 * the past verb; after a determiner ("the baton-charged protesters") it stays a participle.
 */
final class BatonCharges {
  /** What a crowd is charged with; the extractor reads "charged" with one of these as force. */
  private static final Set<String> WEAPONS = Set.of("lathi", "baton", "cane");
  private static final Set<String> PARTICIPLES = Set.of("VBN", "JJ");
  /** What may be the charge's maker: a noun or a pronoun. */
  private static final Set<String> MAKERS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");

  private BatonCharges() {}

  /** Retags, in place, each such "charged" of the sentence as a past verb; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 3; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.word().equalsIgnoreCase("charged") && PARTICIPLES.contains(t.tag())
          && tokens.get(i - 1).tag().equals("HYPH")
          && WEAPONS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))
          && MAKERS.contains(tokens.get(i - 3).tag())) {
        t.setTag("VBD");
        t.setLemma("charge");
        mended++;
      }
    }
    return mended;
  }
}
