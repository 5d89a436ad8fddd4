package org.sitrep.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ACLED's {@code event_date} in the forms its files come in: "21 March 2020" from its API
 * exports, "21-March-2020" and "9-May-20" where a spreadsheet saved them, and ISO "2020-03-21".
 * Month names are English in any case; an impossible date ("31 February 2020") is refused rather
 * than moved to the month's last day.
 */
public final class AcledDates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          pattern("d MMMM uuuu"),
          pattern("d-MMMM-uuuu"),
          pattern("d-MMM-uuuu"),
          pattern("d-MMM-uu"),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private AcledDates() {}

  /** The date {@code text} names, or empty when it is in none of ACLED's forms. */
  public static Optional<LocalDate> parse(String text) {
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(text.trim(), format));
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
