package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

/** Which two parties named in one article are one side of an event. */
class SidesTest {
  private static Actor state(String name, String iso3) {
    return new Actor(name, 1, "", iso3, false);
  }

  @Test
  void thePoliceAndTheArmyOfOneGovernmentAreOneSide() {
    assertTrue(Sides.sameSide(state("Police Forces of Chad (2021-)", "TCD"),
        state("Military Forces of Chad (2021-)", "TCD")));
    assertTrue(Sides.sameSide(state("Police Forces of Chad (2021-) Gendarmerie", "TCD"),
        state("Military Forces of Chad (2021-)", "TCD")));
  }

  @Test
  void rivalGovernmentsAndOtherCountriesAreNot() {
    assertFalse(Sides.sameSide(state("Military Forces of Ruritania (2016-) Northern Council",
        "RRR"), state("Military Forces of Ruritania (2012-)", "RRR")));
    assertFalse(Sides.sameSide(state("Military Forces of Chad (2021-)", "TCD"),
        state("Military Forces of Niger (2023-)", "NER")));
    assertFalse(Sides.sameSide(state("Military Forces of Chad (2021-)", "TCD"),
        new Actor("Boko Haram", 2, "", "NGA", false)));
  }
}
