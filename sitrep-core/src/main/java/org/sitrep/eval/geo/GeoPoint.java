package org.sitrep.eval.geo;

/** A point on the Earth in degrees, as a gold corpus gives it. */
public record GeoPoint(double latitude, double longitude) {
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "no such point: latitude " + latitude + ", longitude " + longitude);
    }
  }
}
