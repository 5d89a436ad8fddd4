package org.sitrep.model;

/** ACLED's time precision: 1 the day is known, 2 the week or a few days, 3 the month or vaguer. */
public enum TimePrecision {
  DAY(1),
  WEEK(2),
  MONTH(3);

  private final int code;

  TimePrecision(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
