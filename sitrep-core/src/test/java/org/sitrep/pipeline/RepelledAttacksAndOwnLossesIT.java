package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Who attacked, when the side that repelled it tells the story, and the dead a side tells as its
 * own loss. Each on a report written here, and each failed before.
 */
class RepelledAttacksAndOwnLossesIT {
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    return SharedPipeline.only(text, PUBLISHED);
  }

  /** "repulsed an attack by government forces": the forces attacked, and act first. */
  @Test
  void whoseAttackWasRepelledActsFirst() {
    Event e = only("The rebels said on Tuesday they had repulsed an attack by government forces"
        + " on their positions near Pochalla.");
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
    assertNotEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }

  /** "it lost two soldiers": a side's own dead, as its statements tell them. */
  @Test
  void soldiersASideLostAreItsDead() {
    Event e = only("The army said it lost two soldiers in an attack by rebels near Pochalla on"
        + " Tuesday.");
    assertEquals(2, e.fatalities(), e::toString);
  }
}
