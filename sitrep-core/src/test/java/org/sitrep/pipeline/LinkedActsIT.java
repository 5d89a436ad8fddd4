package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: an act that a person or a thing is tied to ("linked to a murder", "in connection
 * with the killing") is one known from before: no event of the report, and its dead are not the
 * dead of the act that is reported. Each on a sentence written here.
 */
class LinkedActsIT {
  private static final String DATE = "2024-05-08";

  @Test
  void anActAWeaponIsLinkedToIsNoEventOfTheDay() {
    Event seized = SharedPipeline.only("Police seized a rifle linked to the murder of a trader in"
        + " Meru on Monday.", DATE);
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, seized.subEventType(), seized::toString);
    assertEquals(0, seized.fatalities(), seized::toString);
  }

  @Test
  void theDeadOfAnActSuspectsAreHeldForAreNotTheArrestsDead() {
    Event arrest = SharedPipeline.only("Police arrested two men in connection with the killing"
        + " of a trader in Meru on Monday.", DATE);
    assertEquals(SubEventType.ARRESTS, arrest.subEventType(), arrest::toString);
    assertEquals(0, arrest.fatalities(), arrest::toString);
    assertEquals(2, arrest.captured(), arrest::toString);
  }
}
