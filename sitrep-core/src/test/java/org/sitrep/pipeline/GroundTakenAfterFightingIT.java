package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/** Whom ground was taken from, told as whom the takers fought for it. Failed before. */
class GroundTakenAfterFightingIT {
  /** "seized the town ... after heavy fighting with the army": taken from the army. */
  @Test
  void theSideFoughtForTheGroundIsTheSideItWasTakenFrom() {
    Event e = SharedPipeline.only("Report\n\nM23 rebels seized the town of Minova on"
        + " Sunday after heavy fighting with the Congolese army, residents said.", "2024-05-08");
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType(),
        e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }
}
