package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void aNameEndingInAWordForAProvinceNamesAProvince() {
    assertTrue(PlaceNames.namesAProvince("Bryansk region"));
    assertTrue(PlaceNames.namesAProvince("Gombe State"));
    assertTrue(PlaceNames.namesAProvince("the Segou region"));
    assertTrue(PlaceNames.namesAProvince("Sanaag province"));
  }

  @Test
  void aTownADistrictOrTheWordAloneNamesNoProvince() {
    assertFalse(PlaceNames.namesAProvince("Gombe"));
    assertFalse(PlaceNames.namesAProvince("Qqq district"));
    assertFalse(PlaceNames.namesAProvince("Jenin refugee camp"));
    assertFalse(PlaceNames.namesAProvince("region"));
  }

  @Test
  void theWordsForAProvinceBeforeANameMakeItAProvinces() {
    String text = "Gunmen killed four farmers in the state of Qqq on Monday.";
    assertTrue(PlaceNames.provinceBefore(text, text.indexOf("Qqq")));
    String central = "Police in the central state of Qqq said.";
    assertTrue(PlaceNames.provinceBefore(central, central.indexOf("Qqq")));
    String city = "Gunmen killed four farmers in the city of Qqq on Monday.";
    assertFalse(PlaceNames.provinceBefore(city, city.indexOf("Qqq")));
    assertFalse(PlaceNames.provinceBefore("Qqq", 0));
  }

  @Test
  void eachNameOfAListThatSharesADivisionWordIsADivisions() {
    String text = "Drones struck sites in the Qqq, Rrr and Zzz-Sur regions overnight.";
    assertEquals("Qqq region", listed(text, "Qqq"));
    assertEquals("Rrr region", listed(text, "Rrr"));
    assertEquals("Zzz-Sur region", listed(text, "Zzz-Sur regions"));
    String states = "Gunmen killed 14 villagers in Qqq and Rrr states on Tuesday.";
    assertEquals("Qqq state", listed(states, "Qqq"));
  }

  @Test
  void aListWithNoDivisionWordOrBetweenTwoDivisionsIsLeftAsWritten() {
    assertEquals("Qqq", listed("Fighting in Qqq and Rrr on Monday.", "Qqq"));
    assertEquals("Qqq", listed("Fighting in Qqq and Rrr residents fled.", "Qqq"));
    assertEquals("Qqq", listed("Fighting in Qqq and other regions.", "Qqq"));
    // "the border between A and B regions" is a line, not a place in either.
    assertEquals("Qqq", listed("at the border between Qqq and Rrr regions", "Qqq"));
  }

  private static String listed(String text, String name) {
    int start = text.indexOf(name);
    return PlaceNames.asListedDivision(text, start, start + name.length());
  }

  @Test
  void aDivisionWordAfterANameIsItsKindWhetherHyphenatedOrOfSeveralWords() {
    PlaceNames.Tail sub = PlaceNames.withoutGenericTail(PlaceNames.tokens("Qqq sub-county")).get();
    assertEquals("qqq", sub.key());
    assertFalse(sub.district());
    PlaceNames.Tail lga = PlaceNames.withoutGenericTail(
        PlaceNames.tokens("Qqq Local Government Area")).get();
    assertEquals("qqq", lga.key());
    assertTrue(lga.district());
    assertTrue(PlaceNames.withoutGenericTail(PlaceNames.tokens("Qqq rayon")).get().district());
    PlaceNames.Tail oblast = PlaceNames.withoutGenericTail(PlaceNames.tokens("Qqq oblast")).get();
    assertTrue(oblast.area());
    assertFalse(oblast.district());
    assertTrue(PlaceNames.withoutGenericTail(PlaceNames.tokens("Qqq refugee camp")).isPresent());
  }

  @Test
  void aDivisionWordAloneIsNoPlace() {
    assertTrue(PlaceNames.isCommonWord("cercle"));
    assertTrue(PlaceNames.isCommonWord("subcounty"));
    assertFalse(PlaceNames.isCommonWord("qqq"));
  }

  /** "Qqq West" and "Qqq East" are two places, not a name and its misspelling. */
  @Test
  void namesThatDifferInAWordOfAPartNameTwoPlaces() {
    assertTrue(PlaceNames.compassDiffers("Qqq West district", "Qqq East"));
    assertTrue(PlaceNames.compassDiffers("North Qqq", "Qqq"));
    assertFalse(PlaceNames.compassDiffers("Qqqa West", "Qqq West"));
    assertFalse(PlaceNames.compassDiffers("Kandahr", "Kandahar"));
  }
}
