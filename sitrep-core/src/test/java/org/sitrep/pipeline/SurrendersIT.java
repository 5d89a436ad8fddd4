package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: ACLED's codebook lists surrenders among agreements. Armed men who give themselves up
 * make an agreement with those they surrender to; ground surrendered is ground handed over; a
 * suspect who gives himself up to the police, or a surrender called for, is none; and a surrender
 * that ends a fight told just before is part of that fight. Each on a report written here.
 */
class SurrendersIT {
  private static final String PUBLISHED = "2024-05-08";

  @Test
  void armedMenWhoGiveThemselvesUpMakeAnAgreement() {
    SharedPipeline.eachTyped(SubEventType.AGREEMENT, PUBLISHED,
        "Forty rebels surrendered to the army in Beni on Monday, handing over their rifles.",
        "The surrender of 60 al-Shabaab fighters to the army in Hiraan on Sunday was negotiated"
            + " by clan elders.");
    Event e = SharedPipeline.only("Forty rebels surrendered to the army in Beni on Monday.",
        PUBLISHED);
    assertTrue(e.actor2().orElseThrow().name().startsWith("Military Forces of the Democratic"
        + " Republic of Congo"), e.toString());
  }

  @Test
  void aUnitThatSurrendersMakesAnAgreement() {
    SharedPipeline.eachTyped(SubEventType.AGREEMENT, PUBLISHED,
        "A rebel battalion surrendered to the army near Beni on Monday.",
        "The whole unit surrendered to government forces in Beni on Monday.");
  }

  @Test
  void groundSurrenderedIsGroundHandedOver() {
    SharedPipeline.eachTyped(SubEventType.NON_VIOLENT_TRANSFER, PUBLISHED,
        "Government-aligned militias surrendered the town of Tabqa to the SDF on Monday without"
            + " a fight.");
  }

  @Test
  void aSuspectGivingHimselfUpOrASurrenderCalledForIsNone() {
    SharedPipeline.noEventIn(PUBLISHED,
        "The suspect surrendered to police in Nairobi on Monday after a three-hour standoff.",
        "The army chief called on the militants in Zamfara to surrender their weapons by"
            + " Friday.");
  }

  @Test
  void aSurrenderThatEndsAFightIsPartOfIt() {
    Event e = SharedPipeline.only("Rebels of the Ta'ang National Liberation Army overran an army"
        + " base near Lashio on Sunday after hours of fighting that killed 12 soldiers. Some 200"
        + " soldiers surrendered, the group said.", PUBLISHED);
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType());
  }

  @Test
  void theArmsTheyGiveUpWithAreNoSide() {
    Event e = SharedPipeline.only("Sixty militants surrendered to the army in Bama on Tuesday with"
        + " their rifles.", PUBLISHED);
    assertEquals(SubEventType.AGREEMENT, e.subEventType(), e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }

  @Test
  void fightersNamedByNoGroupAreTheOneSideThatSurrenders() {
    // Bare "fighters" name no table's group: an unidentified armed group, as gunmen are, and
    // the army they gave themselves up to is the other side, not the maker.
    Event e = SharedPipeline.only("Fighters surrendered to the army in Konduga on Tuesday.",
        PUBLISHED);
    assertEquals(3, e.actor1().orElseThrow().inter(), e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }
}
