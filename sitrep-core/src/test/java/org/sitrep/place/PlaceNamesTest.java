package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void aNameEndingInAWordForAProvinceNamesAProvince() {
    assertTrue(PlaceNames.namesAProvince("Bryansk region"));
    assertTrue(PlaceNames.namesAProvince("Kaduna State"));
    assertTrue(PlaceNames.namesAProvince("the Segou region"));
    assertTrue(PlaceNames.namesAProvince("Kandahar province"));
  }

  @Test
  void aTownADistrictOrTheWordAloneNamesNoProvince() {
    assertFalse(PlaceNames.namesAProvince("Kaduna"));
    assertFalse(PlaceNames.namesAProvince("Maywand district"));
    assertFalse(PlaceNames.namesAProvince("Jenin refugee camp"));
    assertFalse(PlaceNames.namesAProvince("region"));
  }
}
