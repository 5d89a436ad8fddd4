package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.pipeline.SharedPipeline.name;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Captives marched off, a strike's quarter of a city and its toll that rose, and party activists
 * who rioted. Each on a report written here, and each failed before.
 */
class ForcedMarchesTollsAndRiotsIT {
  private static final String PUBLISHED = "2024-05-08";

  private static List<Event> events(String text) {
    return SharedPipeline.events(text, PUBLISHED);
  }

  /** "marched the worshippers into a forest": the gunmen drove their captives, no one protested. */
  @Test
  void captivesMarchedOffAreNoProtest() {
    List<Event> all = events("Worshippers abducted in Taraba\n\nJALINGO, Nigeria - Gunmen stormed"
        + " a mosque in Wukari, Taraba State, during evening prayers on Monday and abducted at"
        + " least 25 worshippers, a local official said.\n\nThe gunmen, who came on motorcycles,"
        + " marched the worshippers into a nearby forest, a resident said. Police said a search"
        + " was under way.");
    assertEquals(1, all.size(), all::toString);
    assertEquals(SubEventType.ABDUCTION, all.get(0).subEventType(), all::toString);
    assertEquals(25, all.get(0).captured(), all::toString);
  }

  /**
   * "The missile hit the main building in the city's Zarichnyi district": a quarter of the city the
   * strike was told in, not a namesake elsewhere and a second strike; and the toll that "rose from
   * four to six ... as two of the wounded died" is six.
   */
  @Test
  void aStrikeInAQuarterOfTheCityToldIsOneEventWithTheTollItRoseTo() {
    List<Event> all = events("Missile hits hospital in Sumy\n\nKYIV - A Russian missile struck a"
        + " hospital in Sumy on Tuesday morning, killing four people and wounding 20, the regional"
        + " governor said.\n\nThe missile hit the main building in the city's Zarichnyi district,"
        + " and rescuers were still searching the rubble, he said. The toll rose from four to six"
        + " by evening as two of the wounded died.");
    assertEquals(1, all.size(), all::toString);
    Event e = all.get(0);
    assertEquals("Sumy", e.place().orElseThrow().name(), e::toString);
    assertEquals(6, e.fatalities(), e::toString);
  }

  /**
   * Activists of two factions who fought with machetes are rioters, in mob violence; the police's
   * rubber bullets that brought it under control are how it ended, not a protest of its own.
   */
  @Test
  void activistsOfTwoFactionsWhoFoughtRiotedAndThePoliceEndedIt() {
    List<Event> all = events("One dead as party factions clash in Kurigram\n\nOne man was killed"
        + " and at least 20 others were injured when activists of two rival factions of the ruling"
        + " party's student wing clashed over control of a bus stand in Kurigram on Tuesday"
        + " afternoon.\n\nWitnesses said the two groups chased each other with sticks and machetes."
        + " Police fired rubber bullets to bring the situation under control and detained five"
        + " people, the officer in charge of the local police station said.");
    assertEquals(1, all.size(), all::toString);
    Event e = all.get(0);
    assertEquals(SubEventType.MOB_VIOLENCE, e.subEventType(), e::toString);
    assertEquals("Rioters (Bangladesh)", name(e.actor1()), e::toString);
    assertEquals(1, e.fatalities(), e::toString);
    assertEquals(5, e.captured(), e::toString);
  }

  /** Activists who act are people; activists who only say what others did are a source. */
  @Test
  void activistsWhoActArePeopleAndActivistsWhoSpeakAreASource() {
    Event riot = SharedPipeline.only("Report\n\nActivists clashed with police in Kurigram on"
        + " Tuesday after officers tried to remove a banner from a market, leaving six people"
        + " injured.", PUBLISHED);
    assertEquals(SubEventType.MOB_VIOLENCE, riot.subEventType(), riot::toString);
    assertEquals("Rioters (Bangladesh)", name(riot.actor1()), riot::toString);
    Event shelling = SharedPipeline.only("Report\n\nActivists said government forces shelled the"
        + " town of Saraqib on Tuesday, killing five people.", PUBLISHED);
    assertTrue(name(shelling.actor1()).startsWith("Military Forces of Syria"), shelling::toString);
    assertFalse(name(shelling.actor2()).startsWith("Rioters"), shelling::toString);
  }
}
