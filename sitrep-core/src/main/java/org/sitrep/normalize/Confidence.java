package org.sitrep.normalize;

/**
 * How sure the record is: how much of it the text itself supplied (actors, place, date), and,
 * when the learned typer read the sentence, its probability of the type coded, averaged with the
 * first. A ranking aid rather than a calibrated probability of the whole record.
 */
final class Confidence {
  private Confidence() {}

  static double of(boolean actor1, boolean actor2, boolean place, boolean date,
      java.util.Optional<Double> typeProbability) {
    double supplied = of(actor1, actor2, place, date);
    return typeProbability.map(p -> withType(supplied, p)).orElse(supplied);
  }

  /** A confidence averaged with the typer's probability of the type coded. */
  static double withType(double confidence, double typeProbability) {
    return Math.round((confidence + typeProbability) / 2 * 100) / 100.0;
  }

  static double of(boolean actor1, boolean actor2, boolean place, boolean date) {
    double c = 0.4;
    c += actor1 ? 0.2 : 0;
    c += actor2 ? 0.15 : 0;
    c += place ? 0.15 : 0;
    c += date ? 0.05 : 0;
    return Math.min(0.95, Math.round(c * 100) / 100.0);
  }
}
