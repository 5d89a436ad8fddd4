package org.sitrep.eval;

/**
 * Whether Sitrep sees an event in a row at all. Precision is over events, an event being right when
 * it has the row's event type; recall is over rows, a row being found when it yields any event.
 *
 * @param rowsWithGoldType rows with at least one event of the row's event type, for a stricter
 *     recall
 */
public record Detection(
    int eventsOfGoldType, int events, int rowsFound, int rowsWithGoldType, int rows) {
  public double precision() {
    return events == 0 ? 0 : (double) eventsOfGoldType / events;
  }

  public double recall() {
    return rows == 0 ? 0 : (double) rowsFound / rows;
  }

  public double typedRecall() {
    return rows == 0 ? 0 : (double) rowsWithGoldType / rows;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
