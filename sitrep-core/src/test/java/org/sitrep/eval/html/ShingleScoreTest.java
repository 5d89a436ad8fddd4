package org.sitrep.eval.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's shingle measure on texts small enough to count by hand. */
class ShingleScoreTest {
  @Test
  void countsSharedFourTokenShingles() {
    // Gold a b c d e: shingles abcd, bcde. Predicted a b c d x y: abcd, bcdx, cdxy.
    ShingleScore.PageScore s = ShingleScore.score("a b c d e", "a b c d x y");
    assertEquals(1.0 / 3, s.precision(), 1e-9);
    assertEquals(1.0 / 2, s.recall(), 1e-9);
  }

  @Test
  void tokensAreWordsWithCaseKeptAndPunctuationIgnored() {
    assertEquals(List.of("Élan", "vital", "don", "t", "2024"),
        ShingleScore.tokens("Élan vital — don't, 2024."));
    ShingleScore.PageScore s = ShingleScore.score("One two three four", "one two three four");
    assertEquals(0.0, s.precision(), 1e-9);
  }

  @Test
  void countsRepeatedShinglesAsAMultiset() {
    // Gold: a b c d a b c d -> abcd x2, bcda, cdab, dabc. Predicted a b c d -> abcd.
    ShingleScore.PageScore s = ShingleScore.score("a b c d a b c d", "a b c d");
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(1.0 / 5, s.recall(), 1e-9);
  }

  @Test
  void aShortTextIsOneShortShingle() {
    ShingleScore.PageScore s = ShingleScore.score("a b", "a b");
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void emptyPredictionScoresZeroAndBothEmptyIsPerfect() {
    assertEquals(new ShingleScore.PageScore(0, 0), ShingleScore.score("a b c d", ""));
    assertEquals(new ShingleScore.PageScore(0, 1), ShingleScore.score("", "a b c d"));
    assertEquals(new ShingleScore.PageScore(1, 1), ShingleScore.score(" ", "—"));
  }
}
