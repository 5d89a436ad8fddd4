package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineTest {
  private static Optional<Byline> byline(String person, String place) {
    return Optional.of(new Byline(Optional.ofNullable(person), Optional.ofNullable(place)));
  }

  @Test
  void placeDashPersonNamesBoth() {
    assertEquals(byline("Nadia Example", "Beirut"), Byline.read("Beirut- Nadia Example"));
    assertEquals(byline("Nadia Example", "Beirut"), Byline.read("Beirut – Nadia Example"));
  }

  @Test
  void personWithNameParticleIsRead() {
    assertEquals(byline("Karim al-Example", "Mosul"), Byline.read("Mosul - Karim al-Example"));
  }

  @Test
  void byPersonNamesThePersonOnly() {
    assertEquals(byline("Jane Example", null), Byline.read("By Jane Example"));
    assertEquals(byline("JANE EXAMPLE", null), Byline.read("BY JANE EXAMPLE"));
  }

  @Test
  void byTwoPeopleNamesBoth() {
    assertEquals(
        byline("Jane Example and Tom Example", null),
        Byline.read("By Jane Example and Tom Example"));
  }

  @Test
  void byPersonCommaAgencyDropsTheAgency() {
    assertEquals(byline("Jane Example", null), Byline.read("By Jane Example, Reuters"));
  }

  @Test
  void byPersonPipePlaceNamesBoth() {
    assertEquals(byline("Jane Example", "Aden"), Byline.read("By Jane Example | Aden"));
  }

  @Test
  void personPipePlaceNamesBoth() {
    assertEquals(byline("Jane Example", "Beirut"), Byline.read("Jane Example | Beirut"));
  }

  @Test
  void proseIsNotAByline() {
    assertEquals(Optional.empty(), Byline.read("Fighting resumed - residents fled the town."));
    assertEquals(Optional.empty(), Byline.read("The army said on Monday it had taken the hill"));
    assertEquals(Optional.empty(), Byline.read("by the river the fighters waited"));
    assertEquals(Optional.empty(), Byline.read(""));
  }

  @Test
  void overlongLineIsNotAByline() {
    assertEquals(Optional.empty(), Byline.read("By " + "Name ".repeat(30)));
  }
}
