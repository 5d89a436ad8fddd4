package org.sitrep.annotate;

import java.util.Objects;

/**
 * A time expression found in a sentence, with its TIMEX3-style value resolved against the
 * publication date (e.g. "2017-11-22", "2017-W47", "2017-11", "2017"), or with X's where there was
 * no date to anchor it ("XXXX-WXX-3").
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
