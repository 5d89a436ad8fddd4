package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantityTest {
  @Test
  void digitsAndWordsAreReadAsTheyStand() {
    assertEquals(13, Quantity.ofWord("13").orElseThrow().value());
    assertEquals(1200, Quantity.ofWord("1,200").orElseThrow().value());
    assertEquals(9, Quantity.ofWord("nine").orElseThrow().value());
  }

  @Test
  void tensAndUnitsAreReadTogetherHoweverTheTokenizerCutsThem() {
    assertEquals(21, Quantity.ofWordAt(java.util.List.of("Twenty", "-", "one", "civilians"), 2)
        .orElseThrow().value());
    assertEquals(35, Quantity.ofWordAt(java.util.List.of("thirty", "five", "villagers"), 0)
        .orElseThrow().value());
    assertEquals(35, Quantity.ofWordAt(java.util.List.of("thirty", "five", "villagers"), 1)
        .orElseThrow().value());
    assertEquals(20, Quantity.ofWordAt(java.util.List.of("twenty", "villagers"), 0)
        .orElseThrow().value());
    assertEquals(1, Quantity.ofWordAt(java.util.List.of("one", "villager"), 0)
        .orElseThrow().value());
  }

  @Test
  void vagueWordsFollowAcledsConventions() {
    assertEquals(3, Quantity.ofWord("several").orElseThrow().value());
    assertEquals(10, Quantity.ofWord("tens").orElseThrow().value());
    assertEquals(12, Quantity.ofWord("dozens").orElseThrow().value());
    assertEquals(100, Quantity.ofWord("hundreds").orElseThrow().value());
    assertEquals("several coded as 3", Quantity.ofWord("Several").orElseThrow().rule());
  }

  @Test
  void aRangeIsCodedAtItsLowerFigure() {
    assertEquals(10, Quantity.ofWord("10-15").orElseThrow().value());
  }

  @Test
  void anUnknownNumberOfDeathsIsCodedAsTen() {
    assertEquals(10, Quantity.UNKNOWN.value());
    assertTrue(Quantity.ofWord("soldiers").isEmpty());
  }

  @Test
  void aRangeIsItsLowerFigure() {
    Quantity q = Quantity.ofWordAt(java.util.List.of("five", "to", "eight", "villagers"), 2).orElseThrow();
    assertEquals(5, q.value());
    assertEquals("lower figure of a range", q.rule());
    assertEquals(5, Quantity.ofWordAt(java.util.List.of("between", "5", "and", "8"), 3)
        .orElseThrow().value());
    assertEquals(8, Quantity.ofWordAt(java.util.List.of("soldiers", "and", "8"), 2)
        .orElseThrow().value());
  }

  /** "The toll rose from five to seven": what the count came to, not a range. */
  @Test
  void aCountThatRoseIsItsLaterFigure() {
    Quantity q = Quantity.ofWordAt(java.util.List.of("toll", "rose", "from", "five", "to", "seven"),
        5).orElseThrow();
    assertEquals(7, q.value());
    assertEquals(Quantity.REPORTED, q.rule());
    assertEquals(12, Quantity.ofWordAt(
        java.util.List.of("has", "climbed", "from", "9", "to", "12"), 5).orElseThrow().value());
    assertEquals(3, Quantity.ofWordAt(
        java.util.List.of("killed", "from", "3", "to", "6", "people"), 4).orElseThrow().value());
  }
}
