package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text folding of score.py, on the cases its comments name. */
class ScoreTextTest {
  @Test
  void foldsAccentsCasePunctuationAndSoftHyphens() {
    assertEquals("be er sheva", ScoreText.norm("Be’er Sheva"));
    assertEquals("sao tome", ScoreText.norm("  São\u00A0Tomé! "));
    assertEquals("deir ez zor", ScoreText.norm("Deir ez-Zor"));
    assertEquals("nordkivu", ScoreText.norm("Nord\u00ADKivu"));
    assertEquals("istanbul", ScoreText.norm("İstanbul"));
    assertEquals("", ScoreText.norm(null));
    assertEquals("", ScoreText.norm("—"));
  }

  @Test
  void foldsCountryVariantsToOneName() {
    assertEquals("turkey", ScoreText.countryKey("Türkiye"));
    assertEquals("palestine", ScoreText.countryKey("Gaza Strip"));
    assertEquals("united states", ScoreText.countryKey("USA"));
    assertEquals("u s", ScoreText.countryKey("U.S.")); // folded, but not a listed variant
    assertEquals("xland", ScoreText.countryKey("Xland"));
  }

  @Test
  void contentWordsAreThreeLettersOrMoreLessStopWords() {
    assertEquals(
        Set.of("rebels", "fired", "rockets", "ytown", "more"),
        ScoreText.contentWords("The rebels fired rockets at Ytown, and they had 2 more."));
  }

  @Test
  void goldEvidenceSplitsAfterAStopBeforeACapitalOrQuote() {
    assertEquals(
        List.of("Shots rang out.", "“We ran,” he said.", "Then all was quiet! at dawn."),
        ScoreText.sentences("Shots rang out. “We ran,” he said.  Then all was quiet! at dawn."));
    // As in score.py, an abbreviation ends a sentence too.
    assertEquals(List.of("Dr.", "Smith left."), ScoreText.sentences("Dr. Smith left."));
    assertEquals(List.of(), ScoreText.sentences(" "));
  }

  @Test
  void combiningMarksAreTheCharactersOfANonZeroCombiningClass() {
    assertTrue(ScoreText.isCombining(0x301)); // acute accent
    assertTrue(ScoreText.isCombining(0x345)); // ypogegrammeni, class 240
    assertFalse(ScoreText.isCombining('a'));
    assertFalse(ScoreText.isCombining(0x903)); // Devanagari visarga: a mark of class 0
  }

  @Test
  void theArticleIdIsTheBaseNameLessTxt() {
    assertEquals("gaza_1", ScoreText.articleId("../data/texts/gaza_1.txt"));
    assertEquals("gaza_1.html", ScoreText.articleId("gaza_1.html"));
  }

  @Test
  void articleFiltersIncludeAndExcludeByPrefix() {
    ArticleFilter some = ArticleFilter.parse("we_, gaza_");
    assertTrue(some.keeps("we_1") && some.keeps("gaza_x"));
    assertFalse(some.keeps("poland"));
    ArticleFilter notWe = ArticleFilter.parse("!we_");
    assertTrue(notWe.keeps("gaza_x"));
    assertFalse(notWe.keeps("we_1"));
    assertTrue(ArticleFilter.ALL.all() && ArticleFilter.ALL.keeps("anything"));
  }
}
