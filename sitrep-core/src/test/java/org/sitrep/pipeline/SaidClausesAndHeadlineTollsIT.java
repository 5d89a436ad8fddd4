package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * What a closing attribution, a verb of saying and a headline's toll tell of the event, and the
 * weapon a round was fired from. Each on a report written here, and each failed before.
 */
class SaidClausesAndHeadlineTollsIT {
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    return SharedPipeline.only(text, PUBLISHED);
  }

  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, PUBLISHED).events();
  }

  /**
   * "..., wounding three soldiers, a military officer said": the parser hung the participle on
   * "said" and made the soldiers its subject. The wounded are the act's, not a second event's
   * makers; and a mortar round is a shell.
   */
  @Test
  void theWoundedBeforeAClosingSpeakerAreTheActs() {
    Event e = only("Report\n\nMilitants fired several mortar rounds at an army camp near"
        + " Wanlaweyn late on Monday, wounding three soldiers, a military officer said.");
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, e.subEventType(), e::toString);
    assertEquals(3, e.injured(), e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }

  /** "fired artillery rounds": the gun that fired them makes it shelling, not a clash. */
  @Test
  void roundsOfAGunAreShells() {
    Event e = only("Report\n\nGovernment troops fired artillery rounds at rebel positions near"
        + " Pochalla on Monday.");
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, e.subEventType(), e::toString);
  }

  /**
   * "the army said a counter-offensive supported by helicopters had neutralised 25 terrorists":
   * the parser made the counter-offensive the object of "said". It is the subject of what was
   * said, and the army that tells of its operation against armed men made it.
   */
  @Test
  void aStateForceTellsOfItsOwnOperation() {
    Event e = only("Report\n\nIn a statement on Monday, the army said a counter-offensive"
        + " supported by helicopters had neutralised 25 terrorists and seized weapons near"
        + " Tarzout, in the north of Burkina Faso.");
    assertEquals(EventType.BATTLES, e.subEventType().eventType(), e::toString);
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
    assertEquals(25, e.fatalities(), e::toString);
  }

  /**
   * "Army says 25 militants killed in fighting", over a fight with four dead and then one with
   * 25: the headline names the second by its toll, and adds nothing to the first.
   */
  @Test
  void aHeadlinesTollNamesTheEventWithIt() {
    List<Event> found = events("Army says 25 militants killed in fighting\n\nSoldiers clashed"
        + " with militants near Pochalla on Sunday, killing four soldiers, officials said.\n\n"
        + "On Monday, troops killed 25 militants in fighting near Maiwut, the army said.");
    assertEquals(2, found.size(), found::toString);
    Event first = found.stream().filter(e -> e.eventDate().orElseThrow()
        .equals(LocalDate.of(2024, 5, 5))).findFirst().orElseThrow();
    assertEquals(4, first.fatalities(), first::toString);
    assertTrue(first.evidence().stream().noneMatch(v -> v.text().startsWith("Army says")),
        first::toString);
  }

  /**
   * "The strikes came a day after the Houthis said they had launched drones": the act told
   * after "a day after" was the day before the strikes, though the parser hung it on "came".
   */
  @Test
  void theActAfterADayAfterWasTheDayBefore() {
    List<Event> found = events("Report\n\nSaudi-led coalition jets struck Saada on Monday,"
        + " killing four people. The strikes came a day after the Houthis said they had launched"
        + " drones at an airport in southern Saudi Arabia.");
    assertEquals(2, found.size(), found::toString);
    Event strike = found.stream().filter(e -> e.fatalities() == 4).findFirst().orElseThrow();
    Event drones = found.stream().filter(e -> e != strike).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2024, 5, 6), strike.eventDate().orElseThrow(), strike::toString);
    assertEquals(LocalDate.of(2024, 5, 5), drones.eventDate().orElseThrow(), drones::toString);
    // "jets struck Saada": what aircraft struck is a town, though NER read a person.
    assertEquals("YEM", strike.place().orElseThrow().iso3(), strike::toString);
  }

  /**
   * "The army said it was pursuing the attackers": the detector read the pursuit as a fight at
   * probability 1.00. A pursuit is no act; the attack is the one event.
   */
  @Test
  void aPursuitToldAfterAnAttackIsNoFight() {
    Event e = only("Report\n\nSuspected rebels killed twelve civilians with machetes overnight"
        + " in a village of Irumu territory, the local civil society said on Friday. The army said"
        + " it was pursuing the attackers.");
    assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
  }
}
