package org.sitrep.merge;

import java.util.Objects;

/**
 * What comparing one field of two reports found: whether the field rules the two out as one event,
 * how much it leaves us sure they are one (a weight multiplied into the decision's score), and the
 * words that say so in the decision's reason.
 *
 * @param weight 1 when the field agrees fully; lower when it agrees only loosely or is missing
 * @param contradicts true when the field alone makes two events (two days, two towns 60 km apart)
 * @param said the phrase for the reason line, e.g. "places 3.2 km apart"
 */
record Finding(double weight, boolean contradicts, String said) {
  Finding {
    Objects.requireNonNull(said, "said");
    if (weight < 0 || weight > 1) {
      throw new IllegalArgumentException("weight must be within 0-1, was " + weight);
    }
  }

  static Finding agrees(double weight, String said) {
    return new Finding(weight, false, said);
  }

  static Finding differs(String said) {
    return new Finding(0, true, said);
  }
}
