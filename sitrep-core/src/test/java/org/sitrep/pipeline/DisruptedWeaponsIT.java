package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: explosives that forces destroy before they go off are weapons use disrupted, by
 * ACLED's codebook (the safe defusal of an explosive), not a bomb; the forces that destroyed them
 * are the actor. Each on a report written here.
 */
class DisruptedWeaponsIT {
  private static final String DATE = "2024-05-08";

  @Test
  void devicesDestroyedByForcesAreDisrupted() {
    SharedPipeline.eachTyped(SubEventType.DISRUPTED_WEAPONS_USE, DATE,
        "Army engineers destroyed a cache of anti-tank mines hidden in a farmhouse near Tikrit on"
            + " Saturday.",
        "Soldiers destroyed explosives buried under a culvert on the Mandera road on"
            + " Saturday.");
    Event e = SharedPipeline.only("Army engineers destroyed 15 landmines near Tikrit on"
        + " Saturday.", DATE);
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
  }

  @Test
  void aStrikeThatDestroysADepotIsStillAStrike() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only("An air strike destroyed an"
        + " ammunition depot near Tikrit on Saturday, killing four fighters.", DATE)
        .subEventType());
  }

  @Test
  void weaponsSeizedInThePassiveAsAnAmountAreDisrupted() {
    // The weapons are in the "of" phrase of an amount that is the passive verb's subject.
    Event e = SharedPipeline.only("A large haul of pistols and ammunition was seized from a"
        + " warehouse in Kano on Saturday, police said.", DATE);
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, e.subEventType(), e::toString);
  }

  @Test
  void aBombSquadIsAUnitOfForceNotASideOfAMatch() {
    // "squad" and "team" are words of sport; "bomb", "police" or "rescue" before them name a unit.
    SharedPipeline.eachTyped(SubEventType.DISRUPTED_WEAPONS_USE, DATE,
        "The bomb squad defused an explosive device outside a mosque in Peshawar on Friday.",
        "A police team defused two landmines on the road to Kismayo on Friday.");
    SharedPipeline.noEventIn(DATE, "The visiting squad stormed to a 3-1 win in Peshawar on Friday.");
  }

  @Test
  void weaponsCapturedOrConfiscatedAreDisruptedNotGroundTaken() {
    SharedPipeline.eachTyped(SubEventType.DISRUPTED_WEAPONS_USE, DATE,
        "Police captured 40 rifles and 2,000 rounds of ammunition at a farm near Kumba on"
            + " Monday.",
        "Some 60 pistols were captured in the town of Kumba on Monday, police said.",
        "Customs officers confiscated a cache of rifles at a checkpoint near Kumba on Monday.");
  }

  /** A number of the weapons shot down names them; air defences are the army's. */
  @Test
  void dronesShotDownByAirDefencesAreTheArmysDisruption() {
    Event e = SharedPipeline.only("Air defences shot down two of the drones over Odesa on"
        + " Monday.", DATE);
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, e.subEventType());
    assertEquals("Military Forces of Ukraine (2019-)", e.actor1().orElseThrow().name());
  }

  @Test
  void dronesShotDownAsAPartOfThoseLaunchedAreDisruptedWhereTheyFlew() {
    // "26 of 30 drones launched by Russia": the parser reads the part as one number and the
    // drones as the subject of "launched"; the drones are what was shot down, and the country
    // that launched them is no place of the act.
    Event e = SharedPipeline.only("Ukraine's military said its air defence units shot down 26 of"
        + " 30 drones launched by Russia overnight over the Poltava region.", DATE);
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, e.subEventType(), e::toString);
    assertEquals("UKR", e.place().orElseThrow().iso3(), e::toString);
  }

  /** Ordnance made safe by a controlled blast is disrupted; a device set off by attackers is not. */
  @Test
  void aControlledBlastOfOrdnanceIsDisruptedUse() {
    SharedPipeline.eachTyped(SubEventType.DISRUPTED_WEAPONS_USE, DATE,
        "A bomb disposal squad safely detonated an unexploded artillery shell found on a farm"
            + " near Kitgum on Saturday.",
        "Police carried out a controlled explosion of a suspicious bag at a taxi park in Kitgum on"
            + " Saturday.");
    Event bomb = SharedPipeline.only("Militants detonated a bomb at a taxi park in Kitgum on"
        + " Saturday, killing four people.", DATE);
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, bomb.subEventType(), bomb::toString);
  }
}
