package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HarmWordsTest {
  @Test
  void injuriesAndHurtTellOnlyHarmButWoundedAndShotTellWeapons() {
    assertTrue(HarmWords.onlyHurt("Injured"));
    assertTrue(HarmWords.onlyHurt("injuries"));
    assertTrue(HarmWords.onlyHurt("hurt"));
    assertFalse(HarmWords.onlyHurt("wounded"));
    assertFalse(HarmWords.onlyHurt("shot"));
  }

  @Test
  void verbsOfDyingTellOnlyWhoDiedButDeathAndDieselDoNot() {
    assertTrue(HarmWords.onlyHurt("died"));
    assertTrue(HarmWords.onlyHurt("Dies"));
    assertTrue(HarmWords.onlyHurt("perished"));
    assertTrue(HarmWords.onlyHurt("succumbed"));
    assertFalse(HarmWords.onlyHurt("death"));
    assertFalse(HarmWords.onlyHurt("diesel"));
    assertFalse(HarmWords.onlyHurt("killed"));
  }

  @Test
  void onlyTheWordTollIsAToll() {
    assertTrue(HarmWords.toll("Toll"));
    assertFalse(HarmWords.toll("tolls road"));
    assertFalse(HarmWords.toll("killed"));
  }
}
