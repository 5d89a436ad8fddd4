package org.sitrep.eval;

/** How many of {@code n} rows got one field right. */
public record Accuracy(String name, int correct, int n) {
  public Accuracy {
    if (correct < 0 || correct > n) {
      throw new IllegalArgumentException(name + ": " + correct + " correct of " + n);
    }
  }

  /** The share right, 0 when there was nothing to score. */
  public double rate() {
    return n == 0 ? 0 : (double) correct / n;
  }
}
