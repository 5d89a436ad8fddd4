package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledDatesTest {
  private static final Optional<LocalDate> APRIL_27 = Optional.of(LocalDate.of(2020, 4, 27));

  @Test
  void readsTheFormsAcledFilesComeIn() {
    assertEquals(APRIL_27, AcledDates.parse("27 April 2020"));
    assertEquals(APRIL_27, AcledDates.parse("27-April-2020"));
    assertEquals(APRIL_27, AcledDates.parse("27-Apr-20"));
    assertEquals(APRIL_27, AcledDates.parse("27-Apr-2020"));
    assertEquals(APRIL_27, AcledDates.parse(" 2020-04-27 "));
    assertEquals(APRIL_27, AcledDates.parse("27 APRIL 2020"));
  }

  @Test
  void refusesImpossibleAndUnknownDates() {
    assertEquals(Optional.empty(), AcledDates.parse("31 February 2020"));
    assertEquals(Optional.empty(), AcledDates.parse("2020-02-30"));
    assertEquals(Optional.empty(), AcledDates.parse("yesterday"));
    assertEquals(Optional.empty(), AcledDates.parse(""));
  }
}
