package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.DateExpression;
import org.sitrep.model.TimePrecision;

class DateFinderTest {
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2017, 11, 23));

  @Test
  void aResolvedDayHasDayPrecision() {
    DateExpression d = DateFinder.resolve(new TimeExpression("Wednesday", 10, 19, "DATE", "2017-11-22"), PUBLISHED);
    assertEquals(Optional.of(LocalDate.of(2017, 11, 22)), d.date());
    assertEquals(TimePrecision.DAY, d.precision());
  }

  @Test
  void aWeekOrMonthHasCoarserPrecision() {
    assertEquals(TimePrecision.WEEK,
        DateFinder.resolve(new TimeExpression("last week", 0, 9, "DATE", "2017-W46"), PUBLISHED).precision());
    assertEquals(TimePrecision.MONTH,
        DateFinder.resolve(new TimeExpression("in October", 0, 10, "DATE", "2017-10"), PUBLISHED).precision());
  }

  @Test
  void aWeekdayWithoutPublicationDateStaysUnresolvedAndSaysWhy() {
    DateExpression d = DateFinder.resolve(new TimeExpression("Tuesday", 0, 7, "DATE", "XXXX-WXX-2"), Optional.empty());
    assertTrue(d.date().isEmpty());
    assertTrue(d.evidence().note().contains("no publication date"));
  }

  @Test
  void aDateAfterPublicationIsNotUsed() {
    DateExpression d = DateFinder.resolve(new TimeExpression("Friday", 0, 6, "DATE", "2017-11-24"), PUBLISHED);
    assertTrue(d.date().isEmpty());
  }
}
