package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFeaturesTest {
  @Test
  void gramsAreWordsAndAdjacentPairsWithNumbersAsOne() {
    Set<String> grams = WordFeatures.grams("Gunmen abducted 12 pupils in Kaduna's Kajuru.");
    assertTrue(grams.containsAll(List.of("gunmen", "abducted", "#", "pupils", "kaduna",
        "gunmen abducted", "abducted #", "# pupils", "in kaduna", "kaduna kajuru")), grams.toString());
    assertEquals(WordFeatures.grams("3 killed"), WordFeatures.grams("30 killed"));
  }

  @Test
  void theVocabularyKeepsGramsThatSeveralPassagesHoldMostFrequentFirst() {
    WordFeatures words = WordFeatures.learn(List.of(
        "police arrested the protest leader",
        "police arrested two students",
        "gunmen abducted two students",
        "a lone word: zebra"));
    List<String> vocabulary = words.vocabulary();
    assertTrue(vocabulary.containsAll(List.of("police", "arrested", "police arrested", "two",
        "students", "two students")), vocabulary.toString());
    assertTrue(!vocabulary.contains("zebra") && !vocabulary.contains("abducted"), vocabulary.toString());
    // Same counts are ordered alphabetically, so the same passages always give the same model.
    assertEquals(vocabulary, WordFeatures.learn(List.of(
        "a lone word: zebra",
        "gunmen abducted two students",
        "police arrested two students",
        "police arrested the protest leader")).vocabulary());
  }

  @Test
  void aPassageIsTheSortedIndicesOfItsKnownGrams() {
    WordFeatures words = new WordFeatures(List.of("arrested", "police", "police arrested"));
    assertArrayEquals(new int[] {0, 1, 2}, words.of("Police arrested him; police said so."));
    assertArrayEquals(new int[] {0}, words.of("They were arrested"));
    assertArrayEquals(new int[0], WordFeatures.none().of("police arrested him"));
  }
}
