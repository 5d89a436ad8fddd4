package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Two forces named together as the subject of a fight, a military statement's own words for a
 * fight and its dead, and a story whose "neighbouring towns" made it read as a crime. Each on a
 * report written here, and each failed before.
 */
class BothSidesNamedAndMilitaryStatementsIT {
  private static final String PUBLISHED = "2024-05-08";

  /**
   * "A forces and B troops clashed, killing two border guards": the two named fought each other,
   * and the dead were of one of them, not a third side beside which B was A's ally.
   */
  @Test
  void twoForcesNamedAsTheSubjectOfAFightAreItsTwoSides() {
    Event e = SharedPipeline.only("Report\n\nTaliban forces and Pakistani troops exchanged fire"
        + " at the Torkham crossing on Monday night, killing two Afghan border guards.", PUBLISHED);
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertTrue(e.actor2().orElseThrow().name().contains("Pakistan"), e::toString);
    assertTrue(e.assocActor1().isEmpty(), e::toString);
    assertEquals(2, e.fatalities(), e::toString);
  }

  /**
   * "own troops engaged the terrorists' location ... five terrorists were sent to hell": a fight,
   * and its five dead.
   */
  @Test
  void aMilitaryStatementsEngagementIsAFightAndItsHellADeath() {
    Event e = SharedPipeline.only("Report\n\nSecurity forces conducted an operation near Turbat on"
        + " Sunday on the reported presence of terrorists. During the operation, own troops"
        + " effectively engaged the terrorists' location and as a result, five terrorists were"
        + " sent to hell.", PUBLISHED);
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertEquals(5, e.fatalities(), e::toString);
  }

  /**
   * "Residents fled to neighbouring towns": a town's neighbours are no crime of one person
   * against another, so the officers killed in the gangs' attack are not set aside as one. And
   * "the attack" they fell in is the attack on the town, which was a fight with them: one event,
   * on Monday.
   */
  @Test
  void officersKilledInAnAttackOnATownMakeItAFightWithThem() {
    List<Event> es = SharedPipeline.extract("Report\n\nHeavily armed gang members attacked the"
        + " town of Mirebalais on Monday, setting fire to a police station, officials said. At"
        + " least three police officers were killed in the attack. Residents fled to neighbouring"
        + " towns.", PUBLISHED).events();
    assertEquals(1, es.size(), es::toString);
    Event e = es.get(0);
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertEquals(3, e.fatalities(), e::toString);
    assertEquals("2024-05-06", e.eventDate().orElseThrow().toString(), e::toString);
    assertTrue(e.actor2().orElseThrow().name().startsWith("Police Forces"), e::toString);
  }
}
