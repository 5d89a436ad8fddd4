package org.sitrep.annotate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves what a date expression says against the publication date into a TIMEX3-style value:
 * a day "2017-11-22", an ISO week "2017-W46", its weekend "2017-W46-WE", a month "2017-10", a year
 * "2017". Without a publication date only what the text states is kept ("XXXX-11-22",
 * "XXXX-WXX-3"). A report tells what has happened, so a date the text leaves open is the last one
 * on or before publication; one that still lies after it is left for DateFinder to refuse.
 */
final class DateResolver {
  private final Optional<LocalDate> published;

  DateResolver(Optional<LocalDate> published) {
    this.published = published;
  }

  /** A day of a month; an explicit year is kept as written, whatever the publication date. */
  Optional<String> day(Month month, int day, String year) {
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    if (year == null && published.isEmpty()) {
      return Optional.of(String.format(Locale.ROOT, "XXXX-%02d-%02d", month.getValue(), day));
    }
    int y = year != null ? Integer.parseInt(year) : yearOf(month, day);
    // Without a year, 29 February falls in the last leap year on or before publication.
    for (int tries = 0; tries < (year != null ? 1 : 8); tries++) {
      try {
        return Optional.of(LocalDate.of(y - tries, month, day).toString());
      } catch (DateTimeException e) {
        // 31 April never was; 29 February only in leap years.
      }
    }
    return Optional.empty();
  }

  Optional<String> month(Month month, String year) {
    if (year == null && published.isEmpty()) {
      return Optional.of(String.format(Locale.ROOT, "XXXX-%02d", month.getValue()));
    }
    int y = year != null ? Integer.parseInt(year) : yearOf(month, 1);
    return Optional.of(String.format(Locale.ROOT, "%04d-%02d", y, month.getValue()));
  }

  /**
   * "On the 12th": the 12th of the publication month, or of the month before when the 12th is
   * still to come; {@code monthsBack} 0 or 1 when the text says "of this month" or "of last month".
   */
  Optional<String> dayOfMonth(int day, Optional<Integer> monthsBack) {
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    if (published.isEmpty()) {
      return Optional.of(String.format(Locale.ROOT, "XXXX-XX-%02d", day));
    }
    LocalDate p = published.get();
    int back = monthsBack.orElse(day > p.getDayOfMonth() ? 1 : 0);
    LocalDate month = p.withDayOfMonth(1).minusMonths(back);
    return day > month.lengthOfMonth() ? Optional.empty() : Optional.of(month.withDayOfMonth(day).toString());
  }

  /**
   * The weekday on or before publication: "on Thursday" in a Thursday report is that day, "last
   * Thursday" the week before. {@code shift} moves the day found ("overnight into Sunday" began on
   * the Saturday).
   */
  String weekday(DayOfWeek day, boolean last, int shift) {
    if (published.isEmpty()) {
      return "XXXX-WXX-" + day.plus(shift).getValue();
    }
    LocalDate onOrBefore = published.get().with(TemporalAdjusters.previousOrSame(day));
    boolean weekBefore = last && onOrBefore.equals(published.get());
    return (weekBefore ? onOrBefore.minusWeeks(1) : onOrBefore).plusDays(shift).toString();
  }

  /** A day counted from publication, as a {@code date-phrases.tsv} offset gives it. */
  String fromReport(String offset) {
    if (published.isEmpty()) {
      return "XXXX-XX-XX";
    }
    return TimeOffset.resolve(offset, published.get()).map(LocalDate::toString).orElse("XXXX-XX-XX");
  }

  /** "last week", "this month", "earlier this year": the unit holding publication, or the one before. */
  String span(boolean previous, String unit) {
    if (published.isEmpty()) {
      return "XXXX";
    }
    LocalDate p = published.get();
    return switch (unit) {
      case "week" -> week(previous ? p.minusWeeks(1) : p);
      case "month" -> month(previous ? p.minusMonths(1) : p);
      default -> String.valueOf(previous ? p.getYear() - 1 : p.getYear());
    };
  }

  /**
   * A weekend: "this" is the one of publication's week, "last" the one before it, and "the" ("over
   * the weekend") the latest that has begun. When publication falls on its Saturday that day is the
   * only one it can be; otherwise it is the weekend "YYYY-Www-WE", which DateFinder codes on its
   * Saturday with week precision as ACLED codes a weekend.
   */
  String weekend(String which) {
    if (published.isEmpty()) {
      return "XXXX-WXX-WE";
    }
    LocalDate p = published.get();
    boolean begun = p.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
    LocalDate inWeek = which.equals("last") || which.equals("the") && !begun ? p.minusWeeks(1) : p;
    if (inWeek.equals(p) && p.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return p.toString();
    }
    return week(inWeek) + "-WE";
  }

  /**
   * "three days ago" is that day, "two weeks ago" that week, "a month ago" that month. Without a
   * number "days ago" is a few days back, told to the week; "weeks ago" to the month; "months ago"
   * names no date.
   */
  Optional<String> ago(Optional<Integer> count, String unit) {
    if (count.isEmpty() && (unit.equals("month") || unit.equals("year"))) {
      return Optional.empty();
    }
    if (published.isEmpty()) {
      return Optional.of("XXXX-XX-XX");
    }
    LocalDate p = published.get();
    if (count.isEmpty()) {
      return Optional.of(unit.equals("day") ? week(p.minusDays(3)) : month(p.minusWeeks(2)));
    }
    int n = count.get();
    return Optional.of(switch (unit) {
      case "day" -> p.minusDays(n).toString();
      case "week" -> week(p.minusWeeks(n));
      case "month" -> month(p.minusMonths(n));
      default -> String.valueOf(p.getYear() - n);
    });
  }

  /** A date without a year is the last such date on or before publication. */
  private int yearOf(Month month, int day) {
    LocalDate p = published.orElseThrow();
    boolean later = month.getValue() > p.getMonthValue()
        || month.getValue() == p.getMonthValue() && day > p.getDayOfMonth();
    return later ? p.getYear() - 1 : p.getYear();
  }

  private static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String month(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }
}
