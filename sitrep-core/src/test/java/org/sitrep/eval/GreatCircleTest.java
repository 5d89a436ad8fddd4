package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    assertEquals(111.195, GreatCircle.distanceKm(10, 20, 11, 20), 0.01);
  }

  @Test
  void londonToParisIsAbout344Km() {
    assertEquals(343.6, GreatCircle.distanceKm(51.5074, -0.1278, 48.8566, 2.3522), 1.0);
  }

  @Test
  void aPointIsNoDistanceFromItselfAndAntipodesAreHalfTheGlobeApart() {
    assertEquals(0, GreatCircle.distanceKm(34.5, 69.2, 34.5, 69.2), 1e-9);
    assertEquals(Math.PI * GreatCircle.EARTH_RADIUS_KM, GreatCircle.distanceKm(0, 0, 0, 180), 1e-6);
  }
}
