package org.sitrep.cli;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method: the smallest value at or above p% of them. */
final class Percentiles {
  private final long[] sorted;

  /** @param values any order; copied */
  Percentiles(long[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take a percentile of");
    }
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  /**
   * The value of rank ceil(p/100 × n), counting from 1; the smallest for p = 0.
   *
   * @param p 0 to 100
   */
  long at(double p) {
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is 0 to 100, was " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
