package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * The day a statement was made, a country that acts from afar, and armed men the words name only
 * by what they are. Each on a report written here, and each failed before.
 */
class StatementDaysAndUnnamedSidesIT {
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    return SharedPipeline.only(text, PUBLISHED);
  }

  /**
   * "..., the military's media wing said on Monday": Monday dates the statement, so the toll is
   * the Sunday fight's, not a second fight; and separatists in a Pakistani story are not the
   * Taliban that bare "militants" are taken for.
   */
  @Test
  void aTollToldOnTheStatementsDayIsTheFightsBefore() {
    Event e = only("Report\n\nSeparatist militants attacked a Frontier Corps camp near Turbat late"
        + " on Sunday, triggering an exchange of fire that lasted hours, officials said. Two"
        + " soldiers and four attackers were killed, the military's media wing said on Monday.");
    assertEquals(LocalDate.of(2024, 5, 5), e.eventDate().orElseThrow(), e::toString);
    assertEquals(6, e.fatalities(), e::toString);
    assertNotEquals("TTP: Tehrik-i-Taliban Pakistan", e.actor1().orElseThrow().name(),
        e::toString);
  }

  /** "drones launched by Russia": a country named as the one that acts is not the scene. */
  @Test
  void aCountryThatActsFromAfarIsNotTheStorysCountry() {
    Event e = only("Report\n\nUkraine's air force said it had shot down 20 of 27 drones launched"
        + " by Russia overnight.");
    assertTrue(e.actor1().orElseThrow().name().contains("Ukraine"), e::toString);
    assertTrue(e.place().map(p -> !p.iso3().equals("RUS")).orElse(true), e::toString);
  }

  /** "four combatants were killed": combatants bear arms; killing them is a fight. */
  @Test
  void combatantsKilledAreArmedMen() {
    Event e = only("Report\n\nGunmen killed four combatants of a rival group near Tibu on Sunday,"
        + " community leaders said.");
    assertEquals(EventType.BATTLES, e.subEventType().eventType(), e::toString);
    assertNotEquals(7, e.actor2().orElseThrow().inter(), e::toString);
  }
}
