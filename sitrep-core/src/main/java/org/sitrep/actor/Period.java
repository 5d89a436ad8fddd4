package org.sitrep.actor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When an actor row applies: "2016-08..", "..2022-02-23", "2014..2019-05-19", or always. A side
 * written as a year or a month stands for its first day (FROM) or its last day (TO), so
 * "2014..2019" holds all of 2019.
 *
 * @param from first day, inclusive; empty when open
 * @param to last day, inclusive; empty when open
 */
public record Period(Optional<LocalDate> from, Optional<LocalDate> to) {
  /** The period of a row with an empty period cell. */
  public static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

  public Period {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
  }

  /**
   * Reads a period cell.
   *
   * @throws IllegalArgumentException saying what is wrong with the cell
   */
  public static Period parse(String cell) {
    String text = cell.trim();
    if (text.isEmpty()) {
      return ALWAYS;
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "period '" + text + "' is not FROM..TO (e.g. 2016-08.., ..2022-02-23, 2014..2019)");
    }
    return new Period(day(text.substring(0, dots), true), day(text.substring(dots + 2), false));
  }

  /** Whether the period holds the date; a story without a date is dated today, so open rows hold. */
  public boolean holds(Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return to.isEmpty();
    }
    LocalDate d = date.get();
    return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
  }

  /** Whether some day lies in both periods. */
  public boolean overlaps(Period other) {
    boolean startsBeforeOtherEnds =
        from.isEmpty() || other.to.isEmpty() || !from.get().isAfter(other.to.get());
    boolean otherStartsBeforeEnd =
        other.from.isEmpty() || to.isEmpty() || !other.from.get().isAfter(to.get());
    return startsBeforeOtherEnds && otherStartsBeforeEnd;
  }

  @Override
  public String toString() {
    if (from.isEmpty() && to.isEmpty()) {
      return "always";
    }
    return from.map(LocalDate::toString).orElse("") + ".." + to.map(LocalDate::toString).orElse("");
  }

  private static Optional<LocalDate> day(String side, boolean first) {
    String s = side.trim();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (s.matches("\\d{4}")) {
        int year = Integer.parseInt(s);
        return Optional.of(first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(s);
        return Optional.of(first ? month.atDay(1) : month.atEndOfMonth());
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(s));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + s + "' is not a real date");
    }
    throw new IllegalArgumentException("'" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }
}
