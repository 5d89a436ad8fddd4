package org.sitrep.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.sitrep.model.Event;
import org.sitrep.model.TimePrecision;

/**
 * Whether the days two reports give can be the day of one event, within the coarser report's time
 * precision, as ACLED codes it:
 *
 * <ul>
 *   <li>both to the day, and both dated by their own words ("on Tuesday", "on 5 February"): the
 *       same day. Two days told by the reports themselves are two events: a raid and the
 *       follow-up raid of the next day are the near miss this rule exists for;
 *   <li>both to the day, and at least one dated only by its publication (the report says no day,
 *       so the pipeline takes the day it appeared): within one day, because a report published
 *       the morning after tells the night before;
 *   <li>a week (ACLED precision 2): the same ISO week;
 *   <li>a month (precision 3): the same month;
 *   <li>a day missing in either report lowers the score but parts nothing: the other fields decide.
 * </ul>
 */
final class ReportedDays {
  static final double NEXT_DAY = 0.85;
  static final double SAME_WEEK = 0.8;
  static final double SAME_MONTH = 0.6;
  static final double MISSING = 0.7;

  private ReportedDays() {}

  static Finding compare(Event a, Event b) {
    if (a.eventDate().isEmpty() || b.eventDate().isEmpty()) {
      return Finding.agrees(MISSING, "no date in one report");
    }
    LocalDate x = a.eventDate().get();
    LocalDate y = b.eventDate().get();
    String days = x.equals(y) ? "dates " + x : "dates " + x + "/" + y;
    TimePrecision coarser = a.timePrecision().code() >= b.timePrecision().code()
        ? a.timePrecision() : b.timePrecision();
    return switch (coarser) {
      case DAY -> byDay(a, b, x, y, days);
      case WEEK -> week(x) == week(y) && x.get(IsoFields.WEEK_BASED_YEAR) == y.get(IsoFields.WEEK_BASED_YEAR)
          ? Finding.agrees(SAME_WEEK, days + " in the same week")
          : Finding.differs(days + " in different weeks");
      case MONTH -> x.getYear() == y.getYear() && x.getMonth() == y.getMonth()
          ? Finding.agrees(SAME_MONTH, days + " in the same month")
          : Finding.differs(days + " in different months");
    };
  }

  private static Finding byDay(Event a, Event b, LocalDate x, LocalDate y, String days) {
    long apart = Math.abs(ChronoUnit.DAYS.between(x, y));
    if (apart == 0) {
      return Finding.agrees(1, "same date " + x);
    }
    boolean byPublication = !a.datedByText() || !b.datedByText();
    if (apart == 1 && byPublication) {
      return Finding.agrees(NEXT_DAY, days + " within a day (one dated by publication)");
    }
    return Finding.differs(days + " " + apart + (apart == 1 ? " day" : " days") + " apart");
  }

  private static int week(LocalDate d) {
    return d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
