package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Mends the tagger's reading of a participle between a number and its noun as a past verb:
 * "arrested 14 wanted/VBD Palestinians" was parsed with "wanted" as the sentence's verb, the
 * troops as those who wanted, and the arrest as a clause that only describes them; the arrested
 * were lost. A past verb never stands between a number and the plural noun it counts, so the word
 * is the participle that describes them ("three suspected militants", "five armed men").
 */
final class ParticiplesAfterNumbers {
  private ParticiplesAfterNumbers() {}

  private static final Set<String> PLURAL_NOUNS = Set.of("NNS", "NNPS");

  /** Retags, in place, each such past verb of the sentence as a participle; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.tag().equals("VBD") && tokens.get(i - 1).tag().equals("CD")
          && PLURAL_NOUNS.contains(tokens.get(i + 1).tag())) {
        t.setTag("VBN");
        mended++;
      }
    }
    return mended;
  }
}
