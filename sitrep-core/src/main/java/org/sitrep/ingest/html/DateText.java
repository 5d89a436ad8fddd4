package org.sitrep.ingest.html;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date written the ways pages write them: ISO 8601 dates and datetimes, compact
 * {@code 20230517}, and the human forms "May 17, 2023", "17 May 2023", "Wed, 17 May 2023 10:00:00
 * GMT", "17.05.2023" and, in other languages, "17 mai 2023" or "17 de mayo de 2023" ({@link
 * MonthNames}).
 *
 * <p>A datetime keeps the date as written, in the page's own offset: "2023-05-17T23:30:00-05:00"
 * is 17 May, although it is already 18 May in UTC, because that is the day the publisher's readers
 * saw on the page. Dates before 1990 or more than a few days ahead are rejected: they are an
 * epoch default, a typo or a date of an event, not of publication.
 *
 * <p>Numeric forms with slashes are read only when they cannot be misread: "05/17/2023" is 17 May
 * (17 is no month), but "05/06/2023" is refused, since it is 5 June in most of the world and 6 May
 * in the United States. Dots ("17.05.2023") are written day first wherever they are used.
 */
final class DateText {
  private static final int EARLIEST_YEAR = 1990;

  private static final String MONTH = MonthNames.PATTERN;
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th|\\.|º|er)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";

  /** ISO year first: 2023-05-17, 2023/05/17, 2023.05.17, also at the head of a datetime. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d])" + YEAR + "([-/.])([01]?\\d)\\2([0-3]?\\d)(?![\\d])");
  /** Compact ISO: 20230517, alone or before a time (20230517T103000). */
  private static final Pattern COMPACT =
      Pattern.compile("(?<![\\d])" + YEAR + "([01]\\d)([0-3]\\d)(?![\\d])");
  /** May 17, 2023 / Dec. 22 2023 / December 22nd, 2023. */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?![\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * 17 May 2023 / 17-May-2023 / 17th of May 2023 / 17 mai 2023 / 17 de mayo de 2023 / 17. Mai
   * 2023.
   */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\d])" + DAY + "(?:\\s+(?:of|de|del))?[\\s-]+" + MONTH
          + "(?:,|\\s+(?:de|del))?[\\s-]+" + YEAR + "(?![\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** 17.05.2023 (day first), 17/05/2023 or 05/17/2023 (read only if unambiguous). */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.:/])([0-3]?\\d)([./])([01]?\\d|[0-3]?\\d)\\2" + YEAR + "(?![\\d])");

  private final LocalDate latest;

  private DateText(LocalDate latest) {
    this.latest = latest;
  }

  /** Accepts dates up to two days after today's date in UTC (time zones and clock skew). */
  static DateText untilNow() {
    return new DateText(LocalDate.now(Clock.systemUTC()).plusDays(2));
  }

  /** Accepts dates up to {@code latest}; for tests that must not depend on the clock. */
  static DateText until(LocalDate latest) {
    return new DateText(latest);
  }

  /**
   * A machine-written value (a meta tag, a {@code datetime} attribute, JSON-LD): the date it starts
   * with, in any of the forms above.
   */
  Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return first(value.strip(), 0);
  }

  /**
   * The earliest-written date in free text, in any of the forms above, starting at {@code from};
   * the result's {@code end} lets a caller look for the next one.
   */
  Optional<Found> find(String text, int from) {
    Found best = null;
    for (Pattern pattern : new Pattern[] {YEAR_FIRST, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC}) {
      Matcher m = pattern.matcher(text);
      int at = from;
      while (at < text.length() && m.find(at)) {
        if (best != null && m.start() >= best.start()) {
          break;
        }
        Optional<LocalDate> date = read(pattern, m);
        if (date.isPresent()) {
          best = new Found(date.get(), m.start(), m.end());
          break;
        }
        at = m.start() + 1;
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<LocalDate> first(String value, int from) {
    Optional<Found> found = find(value, from);
    if (found.isPresent()) {
      return Optional.of(found.get().date());
    }
    Matcher compact = COMPACT.matcher(value);
    return compact.find() ? read(COMPACT, compact) : Optional.empty();
  }

  private Optional<LocalDate> read(Pattern pattern, Matcher m) {
    if (pattern == YEAR_FIRST) {
      return date(m.group(1), m.group(3), m.group(4));
    }
    if (pattern == COMPACT) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    if (pattern == MONTH_DAY_YEAR) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    if (pattern == DAY_MONTH_YEAR) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    if (m.group(2).equals(".") || (first > 12 && second <= 12)) {
      return date(m.group(4), m.group(3), m.group(1));
    }
    if (second > 12 && first <= 12 || first == second) {
      return date(m.group(4), m.group(1), m.group(3));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    return Integer.toString(MonthNames.number(name));
  }

  private Optional<LocalDate> date(String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day));
      boolean plausible = date.getYear() >= EARLIEST_YEAR && !date.isAfter(latest);
      return plausible ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A date found in text and where its words are. */
  record Found(LocalDate date, int start, int end) {}
}
