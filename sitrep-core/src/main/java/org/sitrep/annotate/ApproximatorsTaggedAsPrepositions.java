package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the tagger's reading of a word that rounds a number as a preposition when it opens the
 * sentence: "Around/IN 500 refugees demonstrated at the camp" was parsed with the refugees as a
 * phrase of place and time ("around 500 refugees") hung on a later verb, and the demonstration
 * as a clause that only describes them. As an adverb of the number, the count and its noun are
 * the subject again. Only at the start of a sentence or clause, where no verb stands before the
 * word to take it as its preposition ("fought over 3 plots of land").
 */
final class ApproximatorsTaggedAsPrepositions {
  private ApproximatorsTaggedAsPrepositions() {}

  private static final Set<String> APPROXIMATORS = Set.of("around", "about", "over", "nearly");
  /**
   * What follows the number when it counts people or things ("500 Rohingya refugees", "300
   * people"), not when it is a day ("Around 12 June 2024") or an hour.
   */
  private static final Set<String> COUNTED = Set.of("NNS", "NNPS", "JJ");
  /** What a clause may open after: a comma, a colon, a dash, or an opening quotation mark. */
  private static final Set<String> BEFORE_CLAUSE = Set.of(",", ":", "HYPH", "``", "-LRB-");

  /** Retags, in place, each such preposition of the sentence as an adverb; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.tag().equals("IN") && APPROXIMATORS.contains(t.word().toLowerCase(Locale.ROOT))
          && tokens.get(i + 1).tag().equals("CD") && i + 2 < tokens.size()
          && COUNTED.contains(tokens.get(i + 2).tag())
          && (i == 0 || BEFORE_CLAUSE.contains(tokens.get(i - 1).tag()))) {
        t.setTag("RB");
        mended++;
      }
    }
    return mended;
  }
}
