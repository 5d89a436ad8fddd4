package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeOffsetTest {
  private static final LocalDate ANCHOR = LocalDate.of(2019, 3, 31);

  @Test
  void daysAndWeeksAreCountedFromTheAnchor() {
    assertEquals(Optional.of(LocalDate.of(2019, 4, 1)), TimeOffset.resolve("+P1D", ANCHOR));
    assertEquals(Optional.of(LocalDate.of(2019, 3, 29)), TimeOffset.resolve("-P2D", ANCHOR));
    assertEquals(Optional.of(LocalDate.of(2019, 4, 14)), TimeOffset.resolve("+P2W", ANCHOR));
    assertEquals(Optional.of(ANCHOR), TimeOffset.resolve("P0D", ANCHOR));
  }

  @Test
  void anUnknownCountGivesNoDay() {
    assertEquals(Optional.empty(), TimeOffset.resolve("+PXD", ANCHOR));
  }

  @Test
  void aDateValueIsNotAnOffsetAndTheMessageSaysWhatIsExpected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeOffset.resolve("2019-03-31", ANCHOR));
    assertTrue(e.getMessage().contains("'2019-03-31'") && e.getMessage().contains("+P1D"));
    assertFalse(TimeOffset.isOffset("P1D"), "a non-zero offset needs its direction");
    assertTrue(TimeOffset.isOffset("P0D"));
  }

  @Test
  void everyOffsetNewsDatesFindsResolves() {
    String text = "The next day troops returned; two days later they left, and a week later a "
        + "day earlier than planned, hours later, the same day, that night they came back.";
    var found = NewsDates.find(text, 0, Optional.empty());
    assertEquals(7, found.size(), () -> "found " + found);
    for (TimeExpression t : found) {
      assertEquals(TimeExpression.OFFSET, t.type(), t::toString);
      assertTrue(TimeOffset.resolve(t.value(), ANCHOR).isPresent(), t::toString);
    }
  }
}
