package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as the text gives it, and as it resolves against the publication date.
 *
 * @param date the day the expression resolves to; empty when it cannot be resolved (e.g. a weekday
 *     with no publication date)
 * @param precision how exactly {@code date} is known
 * @param borrowed the day is not the event's own: taken from the account told before the mention
 *     ("hours later", or no date at all), or from the day its teller spoke ("said on Tuesday")
 */
public record DateExpression(Evidence evidence, Optional<LocalDate> date, TimePrecision precision,
    boolean borrowed) {
  public DateExpression {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * The note of a day counted from the account told just before ("two days earlier", "the next
   * day"): another day than that account's, by the sentence's own words.
   */
  public static final String COUNTED_FROM_ACCOUNT =
      "counted from the day of the account told just before";

  /** The note of a day lent by the account told just before, to a sentence that gives none. */
  public static final String LENT_BY_ACCOUNT = "the date of the account told just before";

  /** A date the sentence itself gives. */
  public DateExpression(Evidence evidence, Optional<LocalDate> date, TimePrecision precision) {
    this(evidence, date, precision, false);
  }
}
