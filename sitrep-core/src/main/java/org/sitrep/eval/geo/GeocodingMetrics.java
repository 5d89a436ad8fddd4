package org.sitrep.eval.geo;

import java.util.Arrays;

/**
 * The geocoding figures of "A Pragmatic Guide to Geoparsing Evaluation" (Gritta, Pilehvar and
 * Collier 2019), computed over the error distances of the scored toponyms, where a toponym left
 * unresolved counts at the largest possible error, {@link #MAX_KM}:
 *
 * <ul>
 *   <li>{@code acc161}: the share of errors within 161 km (100 miles);
 *   <li>{@code meanKm}, {@code medianKm}: of the errors in kilometres;
 *   <li>{@code auc}: the area under the curve of the sorted errors on a log scale, {@code
 *       ln(1 + km)}, by the trapezoidal rule with unit steps, divided by the area of the largest
 *       curve, {@code ln(20039) * (n - 1)}. 0 is perfect and 1 is the worst; unlike the mean, one
 *       far error cannot swamp it, and unlike acc161 it still tells 170 km from 17,000 km.
 * </ul>
 *
 * @param n the number of errors
 */
public record GeocodingMetrics(int n, double acc161, double meanKm, double medianKm, double auc) {
  /** Half the Earth's circumference: the farthest two points can be, and an unresolved error. */
  public static final double MAX_KM = 20039;
  /** The Pragmatic Guide's threshold: 100 miles. */
  public static final double ACCURATE_KM = 161;

  /** The figures for these errors in kilometres; all zero when there are none. */
  public static GeocodingMetrics of(double[] errorsKm) {
    int n = errorsKm.length;
    if (n == 0) {
      return new GeocodingMetrics(0, 0, 0, 0, 0);
    }
    double[] km = errorsKm.clone();
    for (double e : km) {
      if (!(e >= 0)) {
        throw new IllegalArgumentException("an error distance must be 0 km or more, was " + e);
      }
    }
    Arrays.sort(km);
    long within = Arrays.stream(km).filter(e -> e <= ACCURATE_KM).count();
    double mean = Arrays.stream(km).sum() / n;
    double median = n % 2 == 1 ? km[n / 2] : (km[n / 2 - 1] + km[n / 2]) / 2;
    return new GeocodingMetrics(n, (double) within / n, mean, median, auc(km));
  }

  /** The normalised area under the log-error curve of errors sorted ascending. */
  private static double auc(double[] sortedKm) {
    int n = sortedKm.length;
    if (n == 1) {
      // One point spans no width; its height alone is the curve.
      return Math.log1p(sortedKm[0]) / Math.log(MAX_KM);
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (Math.log1p(sortedKm[i - 1]) + Math.log1p(sortedKm[i])) / 2;
    }
    return area / (Math.log(MAX_KM) * (n - 1));
  }
}
