package org.sitrep.annotate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the value of an {@link TimeExpression#OFFSET} expression against the date it is counted
 * from: the date of the event the story told just before (the narrative's anchor), which NewsDates
 * cannot know.
 *
 * <p>Values are a signed ISO-8601 period of days or weeks: "+P1D" ("the next day"), "-P2D" ("two
 * days earlier"), "+P1W" ("a week later"), "P0D" ("that night", "hours later"). "+PXD" ("days
 * later") gives no day.
 *
 * <pre>{@code
 * TimeOffset.resolve("+P1D", LocalDate.of(2017, 11, 22)); // Optional[2017-11-23]
 * TimeOffset.resolve("+PXD", LocalDate.of(2017, 11, 22)); // Optional.empty
 * }</pre>
 */
public final class TimeOffset {
  private static final Pattern VALUE = Pattern.compile("([+-]?)P(\\d{1,3}|X)([DW])");

  private TimeOffset() {}

  /** True for a well-formed offset value: a sign unless the count is 0, then P, a count, D or W. */
  public static boolean isOffset(String value) {
    Matcher m = VALUE.matcher(value);
    return m.matches() && (!m.group(1).isEmpty() || m.group(2).equals("0"));
  }

  /**
   * The day {@code value} points to from {@code anchor}; empty when the count is unknown ("+PXD").
   *
   * @throws IllegalArgumentException when {@code value} is not an offset (e.g. a DATE value such
   *     as "2017-11-22"): only expressions of type OFFSET are counted from an anchor
   */
  public static Optional<LocalDate> resolve(String value, LocalDate anchor) {
    Objects.requireNonNull(anchor, "anchor");
    if (value == null || !isOffset(value)) {
      throw new IllegalArgumentException("'" + value + "' is not an OFFSET value; expected a signed"
          + " period such as +P1D, -P2D, +P1W or P0D (a DATE value resolves on its own)");
    }
    Matcher m = VALUE.matcher(value);
    m.matches();
    if (m.group(2).equals("X")) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
    return Optional.of(m.group(3).equals("W") ? anchor.plusWeeks(n) : anchor.plusDays(n));
  }
}
