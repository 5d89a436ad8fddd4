package org.sitrep.annotate;

import java.util.Objects;

/**
 * A time expression found in a sentence. Its {@code type} says what {@code value} is counted from:
 *
 * <ul>
 *   <li>{@link #DATE}: a TIMEX3-style value resolved against the publication date ("2017-11-22",
 *       a week "2017-W47", a weekend "2017-W47-WE", a month "2017-11", a year "2017"), or with X's
 *       where there was no date to anchor it ("XXXX-WXX-3");
 *   <li>{@link #OFFSET}: a day counted from the event told just before, not from the report ("the
 *       next day" "+P1D", "that night" "P0D"); {@link TimeOffset#resolve} resolves it once that
 *       anchor is known;
 *   <li>{@link #TIME}: a time of day that names no day ("at 9:45am" "T09:45", "at dawn" "TMO").
 * </ul>
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
  public static final String DATE = "DATE";
  public static final String OFFSET = "OFFSET";
  public static final String TIME = "TIME";

  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
