package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Ceasefire monitors' counts of fire near a place are events: explosions alone are shelling,
 * shots or bursts among them an armed clash. A bomb named beside the blasts, a single blast and
 * blasts merely heard stay as the trigger words read them.
 */
class WitnessedFireIT {
  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, "2018-07-19").events();
  }

  @Test
  void countedExplosionsAreShelling() {
    assertType(SubEventType.SHELLING_ARTILLERY_MISSILE, "On 17 July 2018, the monitors"
        + " registered 14 explosions about 4 km north of Pervomaisk.");
    assertType(SubEventType.SHELLING_ARTILLERY_MISSILE, "UN observers recorded a total of 9"
        + " projectiles in the Kotli sector on 17 July 2018.");
    assertType(SubEventType.SHELLING_ARTILLERY_MISSILE, "Thirty explosions were counted near"
        + " Pervomaisk on 17 July 2018, the mission said.");
  }

  @Test
  void countedShotsAreAnArmedClash() {
    assertType(SubEventType.ARMED_CLASH, "On 17 July 2018, the patrol heard 60 shots of"
        + " heavy-machine-gun fire south of Pervomaisk.");
    assertType(SubEventType.ARMED_CLASH, "On 17 July 2018, the monitors counted 35 bursts of fire"
        + " and 5 explosions near Pervomaisk.");
    assertType(SubEventType.ARMED_CLASH, "On 17 July 2018, the monitors recorded 22 explosions"
        + " and heavy small-arms fire near Pervomaisk.");
    assertType(SubEventType.ARMED_CLASH, "On 17 July 2018, the monitors counted 44 impacts and"
        + " shots of undetermined weapons near Pervomaisk.");
  }

  @Test
  void fireInBothDirectionsIsAnArmedClash() {
    assertType(SubEventType.ARMED_CLASH, "On 17 July 2018, the monitors recorded 16 explosions"
        + " fired in both directions across the contact line near Pervomaisk.");
    assertType(SubEventType.ARMED_CLASH, "On 17 July 2018, the monitors recorded 16 explosions"
        + " on both sides of the contact line near Pervomaisk.");
  }

  @Test
  void aNamedDeviceOrABlastHeardStaysABomb() {
    assertType(SubEventType.REMOTE_EXPLOSIVE, "Residents heard two explosions when a car bomb"
        + " went off outside the governor's office in Pervomaisk on 17 July 2018.");
    assertType(SubEventType.REMOTE_EXPLOSIVE, "A roadside bomb exploded near a police post in"
        + " Pervomaisk on 17 July 2018.");
    List<Event> calm = events("On 17 July 2018, the monitors recorded no explosions near"
        + " Pervomaisk.");
    assertTrue(calm.isEmpty(), () -> calm.toString());
  }

  private static void assertType(SubEventType type, String text) {
    List<Event> found = events(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    assertEquals(type, found.get(0).subEventType(), text);
  }
}
