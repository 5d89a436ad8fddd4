package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {
  private static final DateText DATES = DateText.until(LocalDate.of(2024, 1, 1));

  private static Optional<LocalDate> day(int year, int month, int day) {
    return Optional.of(LocalDate.of(year, month, day));
  }

  @Test
  void isoDatesAndDatetimesAreRead() {
    assertEquals(day(2023, 5, 17), DATES.parse("2023-05-17"));
    assertEquals(day(2023, 5, 17), DATES.parse("2023-05-17T10:04:00.000Z"));
    assertEquals(day(2023, 5, 17), DATES.parse("2023/05/17 10:04"));
    assertEquals(day(2023, 5, 17), DATES.parse("20230517"));
  }

  @Test
  void anOffsetDatetimeKeepsTheDayAsWrittenNotTheDayInUtc() {
    assertEquals(day(2023, 5, 17), DATES.parse("2023-05-17T23:30:00-05:00"));
    assertEquals(day(2023, 5, 18), DATES.parse("2023-05-18T01:30:00+10:00"));
  }

  @Test
  void humanFormsAreRead() {
    assertEquals(day(2023, 5, 17), DATES.parse("May 17, 2023"));
    assertEquals(day(2023, 12, 22), DATES.parse("Dec. 22, 2023, 7:58 AM UTC"));
    assertEquals(day(2023, 5, 17), DATES.parse("17 May 2023"));
    assertEquals(day(2023, 5, 17), DATES.parse("Wed, 17 May 2023 10:00:00 GMT"));
    assertEquals(day(2023, 9, 4), DATES.parse("September 4th, 2023"));
    assertEquals(day(2023, 5, 17), DATES.parse("17.05.2023"));
  }

  @Test
  void monthNamesInOtherLanguagesAreRead() {
    assertEquals(day(2023, 5, 17), DATES.parse("mercredi 17 mai 2023"));
    assertEquals(day(2023, 12, 1), DATES.parse("1er décembre 2023"));
    assertEquals(day(2023, 5, 17), DATES.parse("17 de mayo de 2023"));
    assertEquals(day(2023, 3, 17), DATES.parse("17. März 2023"));
    assertEquals(day(2023, 8, 17), DATES.parse("17 agosto 2023"));
    assertEquals(day(2023, 10, 17), DATES.parse("17 de outubro de 2023"));
  }

  @Test
  void slashedNumbersAreReadOnlyWhenTheyCannotBeMisread() {
    assertEquals(day(2023, 5, 17), DATES.parse("05/17/2023"));
    assertEquals(day(2023, 5, 17), DATES.parse("17/05/2023"));
    assertEquals(Optional.empty(), DATES.parse("05/06/2023"));
  }

  @Test
  void absurdDatesAreRejected() {
    assertEquals(Optional.empty(), DATES.parse("1970-01-01T00:00:00Z"));
    assertEquals(Optional.empty(), DATES.parse("2031-05-17"));
    assertEquals(Optional.empty(), DATES.parse("2023-02-30"));
    assertEquals(Optional.empty(), DATES.parse("not a date"));
  }

  @Test
  void findGivesTheFirstDateInTextAndWhereItIs() {
    String text = "Jane Example May 17, 2023 10:04 AM. Updated 18 May 2023";
    DateText.Found found = DATES.find(text, 0).orElseThrow();
    assertEquals(LocalDate.of(2023, 5, 17), found.date());
    assertEquals(text.indexOf("May"), found.start());
    assertEquals(LocalDate.of(2023, 5, 18), DATES.find(text, found.end()).orElseThrow().date());
  }

  @Test
  void aMonthNameInsideAWordIsNoDate() {
    assertEquals(Optional.empty(), DATES.find("Mayor 17, 2023 votes", 0));
  }
}
