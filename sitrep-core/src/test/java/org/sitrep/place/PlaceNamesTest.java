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
}
