package org.sitrep.model;

/**
 * ACLED's geo precision: 1 the named town itself, 2 near a town or in a small part of a region, 3 a
 * larger region, coded at its capital or centre.
 */
public enum GeoPrecision {
  EXACT(1),
  NEAR(2),
  REGION(3);

  private final int code;

  GeoPrecision(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
