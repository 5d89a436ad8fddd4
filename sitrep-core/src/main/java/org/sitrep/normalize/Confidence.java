package org.sitrep.normalize;

/**
 * A first, rule-based confidence: how much of the record the text itself supplied. It is a
 * ranking aid, not a calibrated probability; the trained classifier will replace it.
 */
final class Confidence {
  private Confidence() {}

  static double of(boolean actor1, boolean actor2, boolean place, boolean date) {
    double c = 0.4;
    c += actor1 ? 0.2 : 0;
    c += actor2 ? 0.15 : 0;
    c += place ? 0.15 : 0;
    c += date ? 0.05 : 0;
    return Math.min(0.95, Math.round(c * 100) / 100.0);
  }
}
