package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeocodingMetricsTest {
  @Test
  void countsErrorsWithin161KmAndTakesMeanAndMedian() {
    GeocodingMetrics m = GeocodingMetrics.of(new double[] {0, 161, 161.5, 1000});
    assertEquals(4, m.n());
    assertEquals(0.5, m.acc161(), 1e-12);
    assertEquals((161 + 161.5 + 1000) / 4, m.meanKm(), 1e-9);
    assertEquals((161 + 161.5) / 2, m.medianKm(), 1e-9);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleError() {
    assertEquals(5, GeocodingMetrics.of(new double[] {9, 1, 5}).medianKm(), 1e-12);
  }

  @Test
  void aucIsTheTrapezoidAreaOfSortedLogErrorsOverTheLargest() {
    // Sorted: 0, e-1, 20039. ln(1+km): 0, 1, ln(20040). Trapezoids: (0+1)/2 + (1+ln 20040)/2.
    double e = Math.E - 1;
    GeocodingMetrics m = GeocodingMetrics.of(new double[] {20039, 0, e});
    double expected = (0.5 + (1 + Math.log(20040)) / 2) / (Math.log(20039) * 2);
    assertEquals(expected, m.auc(), 1e-12);
  }

  @Test
  void perfectResolutionHasNoArea() {
    GeocodingMetrics m = GeocodingMetrics.of(new double[] {0, 0, 0});
    assertEquals(0, m.auc(), 1e-12);
    assertEquals(1, m.acc161(), 1e-12);
  }

  @Test
  void unresolvedToponymsAtTheLargestErrorFillTheArea() {
    double max = GeocodingMetrics.MAX_KM;
    GeocodingMetrics m = GeocodingMetrics.of(new double[] {max, max});
    assertEquals(1, m.auc(), 1e-5);
    assertEquals(0, m.acc161(), 1e-12);
  }

  @Test
  void noErrorsGiveZeros() {
    assertEquals(new GeocodingMetrics(0, 0, 0, 0, 0), GeocodingMetrics.of(new double[0]));
  }

  @Test
  void refusesANegativeDistance() {
    assertThrows(IllegalArgumentException.class, () -> GeocodingMetrics.of(new double[] {-1}));
  }
}
