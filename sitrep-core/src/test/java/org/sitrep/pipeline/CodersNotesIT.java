package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: the dry notes of monitoring datasets, as a desk writes them: a capitalised acronym
 * that spells a verb ("IS"), a day written with its month ("19 March"), a place framed by its own
 * province's short name, a device that "exploded and killed", and the count a note ends with
 * ("4 fatalities."). Each on a note written here.
 */
class CodersNotesIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2023-03-25");
  }

  @Test
  void anAcronymThatSpellsAVerbIsAName() {
    Event e = only("On 17 March 2023, IS militants abducted five herders near Tadmur (Tadmur,"
        + " Homs).");
    assertEquals(SubEventType.ABDUCTION, e.subEventType());
    assertTrue(e.actor1().orElseThrow().name().startsWith("Islamic State"), e::toString);
    assertEquals(5, e.captured());
  }

  @Test
  void theMonthOfTheDateIsNoMarch() {
    // "19 March" once made the arrest one at a gathering, so a protest met with intervention.
    assertEquals(SubEventType.ARRESTS, only("On 19 March 2023, police arrested a former district"
        + " official in Kisoro town (Kisoro, Western).").subEventType());
  }

  @Test
  void aProvinceNamedShortFramesTheTownThatLiesInIt() {
    // "Western" is a province of several countries; the town lies in Uganda's Western Region.
    Event e = only("On 19 March 2023, police arrested a former district official in Kisoro town"
        + " (Kisoro, Western).");
    assertEquals("UGA", e.place().orElseThrow().iso3());
  }

  @Test
  void aDeviceThatExplodedAndKilledIsOneEvent() {
    Event e = only("On 18 March 2023, a landmine left by Houthi forces exploded and killed a boy in"
        + " Al Khawkhah district (Hodeidah).");
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, e.subEventType());
    assertEquals(1, e.fatalities());
  }

  @Test
  void theCountANoteEndsWithIsItsToll() {
    Event e = only("On 20 March 2023, Fulani militia clashed with Tiv militia in Agatu LGA"
        + " (Benue). 4 fatalities.");
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType());
    assertEquals(4, e.fatalities());
  }
}
