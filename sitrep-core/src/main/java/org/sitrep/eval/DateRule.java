package org.sitrep.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How far apart a system's date and a gold date are: score.py's {@code date_diff}. */
final class DateRule {
  private DateRule() {}

  /**
   * Days between the two dates; 0 when neither has a date, empty when only one has (such a pair
   * cannot be made).
   */
  static Optional<Long> daysOff(SystemEvent s, ArticleGoldEvent g) {
    Optional<LocalDate> gold = day(g.eventDate());
    Optional<LocalDate> system = day(s.eventDate());
    if (gold.isEmpty()) {
      return system.isEmpty() ? Optional.of(0L) : Optional.empty();
    }
    if (system.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Math.abs(ChronoUnit.DAYS.between(gold.get(), system.get())));
  }

  /** score.py's {@code parse_date}: the first ten characters as an ISO day, else no date. */
  static Optional<LocalDate> day(Optional<String> text) {
    if (text.isEmpty() || text.get().isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    try {
      return Optional.of(LocalDate.parse(t.substring(0, Math.min(10, t.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
