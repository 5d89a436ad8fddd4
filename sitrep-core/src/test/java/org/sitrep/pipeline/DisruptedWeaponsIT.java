package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: explosives that forces destroy before they go off are weapons use disrupted, by
 * ACLED's codebook (the safe defusal of an explosive), not a bomb; the forces that destroyed them
 * are the actor. Each on a report written here.
 */
class DisruptedWeaponsIT {
  private static final String DATE = "2024-05-08";

  @Test
  void devicesDestroyedByForcesAreDisrupted() {
    SharedPipeline.eachTyped(SubEventType.DISRUPTED_WEAPONS_USE, DATE,
        "Army engineers destroyed a cache of anti-tank mines hidden in a farmhouse near Tikrit on"
            + " Saturday.",
        "Soldiers destroyed explosives buried under a culvert on the Mandera road on"
            + " Saturday.");
    Event e = SharedPipeline.only("Army engineers destroyed 15 landmines near Tikrit on"
        + " Saturday.", DATE);
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
  }

  @Test
  void aStrikeThatDestroysADepotIsStillAStrike() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only("An air strike destroyed an"
        + " ammunition depot near Tikrit on Saturday, killing four fighters.", DATE)
        .subEventType());
  }
}
