package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Who acted, told by a group's initials before the act, by a name before a plural the tagger read
 * as a verb, or by "they" after the dead were named; and the country a division's word names.
 * Each on a report written here, and each failed before.
 */
class InitialsPronounsAndDivisionsIT {
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    return SharedPipeline.only(text, PUBLISHED);
  }

  /** "RSF shells": initials the tagger read as a common noun and NER as nothing. */
  @Test
  void aGroupsInitialsBeforeTheActNameWhoActed() {
    Event rsf = only("RSF shells killed seven civilians in Kadugli on Sunday, medics said.");
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, rsf.subEventType());
    assertEquals("Rapid Support Forces", rsf.actor1().orElseThrow().name());
    // The initials of arms name no one.
    Event ied = only("An IED blast killed two soldiers in Kadugli on Sunday.");
    assertTrue(ied.actor1().map(a -> !a.name().contains("IED")).orElse(true), ied::toString);
  }

  /** "Junta airstrikes/VBZ on a village ... killed": the act was read as what usually happens. */
  @Test
  void airstrikesAfterTheNameOfWhoseTheyWereAreTheEvent() {
    Event e = only("Junta airstrikes on a village in Pauk Township, Magway Region, killed eight"
        + " civilians on Tuesday, a resistance group said.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
    Event uav = only("UAV strikes killed five militants in Khost province on Friday.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, uav.subEventType());
  }

  /** "They came at night and started killing": the armed men named before, not the dead. */
  @Test
  void theyWhoKillAreTheArmedMenNamedBeforeNotTheirVictims() {
    Event e = only("Suspected rebels killed nine civilians during a raid on a village near"
        + " Komanda, local officials said on Thursday. \"They came at night and started killing"
        + " people in their homes,\" a village chief said.");
    assertEquals(SubEventType.ATTACK, e.subEventType());
    assertNotEquals(7, e.actor1().orElseThrow().inter(), e::toString);
  }

  /** "in Qqq upazila": a word only Bangladesh's divisions have; a like-named town abroad is not it. */
  @Test
  void aDivisionWordOfOneCountryPlacesTheReportThere() {
    Event e = only("Two people were killed and 15 injured when supporters of two rival factions"
        + " clashed in Raipura upazila on Monday, police said.");
    assertEquals("BGD", e.place().orElseThrow().iso3(), e::toString);
  }
}
