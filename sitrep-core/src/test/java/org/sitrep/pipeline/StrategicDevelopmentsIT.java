package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: what ACLED's codebook lists under Other (martial law, a state of emergency, a
 * blockade imposed, beside the curfew) and armed groups that merge (Change to group/activity).
 * Each on a report written here.
 */
class StrategicDevelopmentsIT {
  private static final String DATE = "2024-06-05";

  private static boolean hasType(String text, SubEventType type) {
    return SharedPipeline.extract(text, DATE).events().stream()
        .anyMatch(e -> e.subEventType() == type);
  }

  @Test
  void martialLawAndABlockadeImposedAreOther() {
    assertTrue(hasType("The army declared martial law in Bambari on Monday.", SubEventType.OTHER));
    Event blockade = SharedPipeline.only("Jihadists imposed a blockade on the town of Tessalit on"
        + " Monday, cutting off food supplies.", DATE);
    assertEquals(SubEventType.OTHER, blockade.subEventType(), blockade::toString);
    SharedPipeline.noEventIn(DATE,
        "The state of the roads in Bambari worsened on Monday after heavy rain.");
  }

  @Test
  void armedGroupsThatMergeChangeAsGroups() {
    Event e = SharedPipeline.only("Two armed groups merged into a single movement in Bambari on"
        + " Monday, their leaders said.", DATE);
    assertEquals(SubEventType.CHANGE_TO_GROUP, e.subEventType(), e::toString);
    SharedPipeline.noEventIn(DATE, "The two banks merged on Monday, creating the largest lender"
        + " in Kenya.");
  }

  @Test
  void civiliansArrestedAreNotCodedAsCivilianTargeting() {
    // ACLED sets the flag on political violence and demonstrations only.
    Event e = SharedPipeline.only("Police arrested five journalists in Hawassa on Friday.", DATE);
    assertEquals(SubEventType.ARRESTS, e.subEventType(), e::toString);
    assertEquals("", e.civilianTargeting(), e::toString);
  }
}
