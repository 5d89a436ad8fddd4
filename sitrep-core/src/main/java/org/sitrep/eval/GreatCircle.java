package org.sitrep.eval;

/** Distances on the Earth taken as a sphere, good to well under 1% for scoring locations. */
public final class GreatCircle {
  /** The mean Earth radius (IUGG), in kilometres. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** The haversine distance between two points given in decimal degrees, in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    // min() keeps rounding from pushing asin's argument past 1 for antipodal points.
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
