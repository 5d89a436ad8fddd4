package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class GoldSpansTest {
  private static final String TEXT = "Goma, then Bukavu, then Goma again.";

  @Test
  void keepsAnExactSpan() {
    assertEquals(new Span(11, 17), GoldSpans.align(TEXT, "Bukavu", 11, 17));
  }

  @Test
  void movesALateSpanOntoTheNearestOccurrence() {
    assertEquals(new Span(24, 28), GoldSpans.align(TEXT, "Goma", 25, 29));
    assertEquals(new Span(0, 4), GoldSpans.align(TEXT, "Goma", 1, 5));
  }

  @Test
  void findsANameInAnotherCase() {
    assertEquals(new Span(11, 17), GoldSpans.align(TEXT, "BUKAVU", 12, 18));
  }

  @Test
  void keepsTheOffsetsOfANameNotInTheTextCutToIt() {
    assertEquals(new Span(30, 35), GoldSpans.align(TEXT, "Uvira", 30, 99));
    assertEquals(new Span(0, 3), GoldSpans.align(TEXT, "Uvira", -4, 3));
  }
}
