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
        "Soldiers destroyed 40 landmines and 12 improvised explosive devices during an operation"
            + " near Tal Abyad on Saturday.",
        "Special forces destroyed a roadside bomb planted on the highway near Kandahar on"
            + " Saturday.");
    Event e = SharedPipeline.only("Soldiers destroyed 40 landmines near Tal Abyad on Saturday.",
        DATE);
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
  }

  @Test
  void aStrikeThatDestroysADepotIsStillAStrike() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only("An air strike destroyed an"
        + " ammunition depot near Tal Abyad on Saturday, killing four fighters.", DATE)
        .subEventType());
  }
}
