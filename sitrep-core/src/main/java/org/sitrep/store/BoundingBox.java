package org.sitrep.store;

/**
 * A rectangle of longitudes and latitudes, in the order of GeoJSON and most map libraries:
 * west, south, east, north. Edges are inside. A box that crosses the antimeridian (west greater
 * than east) is refused rather than guessed at; ask for its two halves.
 *
 * <pre>{@code
 * BoundingBox syria = BoundingBox.parse("35.5,32.3,42.4,37.4");
 * }</pre>
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
  /** The filter name that messages use. */
  static final String PARAMETER = "bbox";

  public BoundingBox {
    check(minLon, -180, 180, "minLon");
    check(maxLon, -180, 180, "maxLon");
    check(minLat, -90, 90, "minLat");
    check(maxLat, -90, 90, "maxLat");
    if (minLon > maxLon || minLat > maxLat) {
      throw new InvalidFilterException(PARAMETER, "bbox is minLon,minLat,maxLon,maxLat with"
          + " minLon <= maxLon and minLat <= maxLat; a box across the antimeridian is two boxes");
    }
  }

  /** Parses "minLon,minLat,maxLon,maxLat", e.g. "35.5,32.3,42.4,37.4". */
  public static BoundingBox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new InvalidFilterException(PARAMETER, "bbox is four numbers,"
          + " minLon,minLat,maxLon,maxLat (e.g. 35.5,32.3,42.4,37.4), was '" + text + "'");
    }
    double[] values = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        values[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidFilterException(PARAMETER, "bbox is four numbers,"
            + " minLon,minLat,maxLon,maxLat (e.g. 35.5,32.3,42.4,37.4), was '" + text + "'");
      }
    }
    return new BoundingBox(values[0], values[1], values[2], values[3]);
  }

  private static void check(double value, double min, double max, String name) {
    // NaN fails both comparisons' negation, so it is caught here too.
    if (!(value >= min && value <= max)) {
      throw new InvalidFilterException(PARAMETER, "bbox " + name + " must be between " + (int) min
          + " and " + (int) max + ", was " + value);
    }
  }
}
