package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivisionWordsTest {
  private static List<DataTable.Line> lines(String text) {
    return DataTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void theBundledWordsAreLowerCaseWithAnOrderEach() {
    List<DivisionWords.Word> all = DivisionWords.all();
    assertTrue(all.size() > 20);
    for (DivisionWords.Word w : all) {
      assertEquals(w.text().toLowerCase(java.util.Locale.ROOT), w.text());
    }
    assertTrue(all.contains(new DivisionWords.Word("oblast", DivisionWords.Order.AREA,
        DivisionWords.Capitalised.DIVISION, Optional.empty())));
    assertTrue(all.contains(new DivisionWords.Word("cercle", DivisionWords.Order.DISTRICT,
        DivisionWords.Capitalised.DIVISION, Optional.of("MLI"))));
  }

  @Test
  void aWordOfOneCountrysDivisionsAfterANameNamesThatCountry() {
    List<String> words = List.of("clashed", "in", "Qqq", "upazila", "on", "Monday");
    assertEquals(Optional.of(new DivisionWords.CountryWord("BGD", 2)),
        DivisionWords.countryEndingAt(words, 3));
    List<String> lga = List.of("in", "Qqq", "Local", "Government", "Area");
    assertEquals("NGA", DivisionWords.countryEndingAt(lga, 4).orElseThrow().country());
    // Several countries' word, or no name before it.
    assertTrue(DivisionWords.countryEndingAt(List.of("Qqq", "tehsil"), 1).isEmpty());
    assertTrue(DivisionWords.countryEndingAt(List.of("the", "upazila"), 1).isEmpty());
    assertTrue(DivisionWords.countryEndingAt(List.of("Qqq", "town"), 1).isEmpty());
  }

  @Test
  void singleWordsLeaveOutPhrasesAndKeepWhatTheTestPasses() {
    assertTrue(DivisionWords.singleWords(w -> true).contains("lga"));
    assertFalse(DivisionWords.singleWords(w -> true).contains("local government area"));
    assertFalse(DivisionWords.singleWords(
        w -> w.capitalised() == DivisionWords.Capitalised.DIVISION).contains("state"));
  }

  @Test
  void aDivisionWordInThePluralHasItsSingular() {
    assertEquals(Optional.of("region"), DivisionWords.singularOf("regions"));
    assertEquals(Optional.of("state"), DivisionWords.singularOf("States"));
    assertEquals(Optional.of("county"), DivisionWords.singularOf("counties"));
    assertEquals(Optional.of("oblast"), DivisionWords.singularOf("oblasts"));
    // The singular, and words of no division, have none.
    assertTrue(DivisionWords.singularOf("region").isEmpty());
    assertTrue(DivisionWords.singularOf("residents").isEmpty());
  }

  @Test
  void anUnknownOrderFailsWithTheFileAndLine() {
    List<DivisionWords.Word> read = DivisionWords.read(
        lines("# words\nsubprefecture\tother\tdivision\t-\n"), "test.tsv");
    assertEquals("subprefecture", read.get(0).text());
    var bad = assertThrows(IllegalStateException.class,
        () -> DivisionWords.read(lines("subprefecture\tthird\tdivision\n"), "test.tsv"));
    assertTrue(bad.getMessage().contains("test.tsv line 1"), bad.getMessage());
  }
}
