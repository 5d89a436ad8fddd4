package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistanceTest {
  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    assertEquals(111.195, Distance.km(10, 20, 11, 20), 0.01);
  }

  @Test
  void londonToParisIsAbout344Km() {
    assertEquals(343.6, Distance.km(51.5074, -0.1278, 48.8566, 2.3522), 1.0);
  }

  @Test
  void aPointIsNoDistanceFromItselfAndAntipodesAreHalfTheGlobeApart() {
    assertEquals(0, Distance.km(34.5, 69.2, 34.5, 69.2), 1e-9);
    assertEquals(Math.PI * 6371.0088, Distance.km(0, 0, 0, 180), 1e-6);
  }
}
