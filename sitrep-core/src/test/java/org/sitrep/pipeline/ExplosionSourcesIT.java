package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * An explosion is typed by what went off, when a phrase of its own names it ("explosions from
 * artillery fire", "a blast from a drone strike"), not taken for a planted bomb. Each on a
 * sentence written here.
 */
class ExplosionSourcesIT {
  private static final String DATE = "2024-06-05";

  @Test
  void explosionsFromFiredWeaponsAreShellingOnce() {
    SharedPipeline.eachTyped(SubEventType.SHELLING_ARTILLERY_MISSILE, DATE,
        "Monitors recorded 40 explosions from artillery fire near the village of Beryslav on"
            + " Tuesday.",
        "Residents heard a dozen explosions from mortar shells in the town of Avdiivka on"
            + " Tuesday.");
  }

  @Test
  void anExplosionFromTheAirIsAnAirStrike() {
    String text = "An explosion from a drone strike killed four fighters near the city of Marib"
        + " on Tuesday.";
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only(text, DATE).subEventType());
  }

  @Test
  void anExplosionOfAPlantedBombOrOfNothingNamedStaysABomb() {
    SharedPipeline.eachTyped(SubEventType.REMOTE_EXPLOSIVE, DATE,
        "A blast from a roadside bomb killed two soldiers in the district of Nad Ali on Tuesday.",
        "An explosion ripped through a market in the city of Ghazni on Tuesday, killing three"
            + " people.");
  }

  @Test
  void aGrenadeExplosionIsAGrenade() {
    SharedPipeline.eachTyped(SubEventType.GRENADE, DATE,
        "A grenade explosion outside a police post in Mandera wounded three officers on"
            + " Tuesday.",
        "Two shopkeepers died in a grenade blast in the market of Beledweyne on Tuesday.");
    // One dropped from a drone is an air strike, as before.
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only("A drone dropped a grenade"
        + " that exploded near a trench in Avdiivka on Tuesday, wounding two soldiers.", DATE)
        .subEventType());
  }

  @Test
  void aStatesBombingIsFromTheAir() {
    // A state's forces, at home or abroad, bomb from the air; a bombing no state makes is a bomb.
    SharedPipeline.eachTyped(SubEventType.AIR_DRONE_STRIKE, DATE,
        "Saudi-led coalition bombing killed nine people in Saada on Tuesday.",
        "Russian bombing hit a hospital in Kupiansk on Tuesday, wounding six patients.");
    SharedPipeline.eachTyped(SubEventType.REMOTE_EXPLOSIVE, DATE,
        "A bombing at a bus stop in Peshawar killed four people on Tuesday.",
        // Soldiers named in the clause of "the bombing" are its victims, not its makers.
        "Two soldiers were killed when their truck hit a roadside bomb near Gao on Tuesday. A"
            + " third soldier was killed in a gunfight with the militants after the bombing.");
  }

  @Test
  void aMineInTheGroundAndABombardmentFromTheAirAreToldByTheirWords() {
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, SharedPipeline.only("Three soldiers were killed on"
        + " Monday when their truck hit a ground mine near Tessalit.", "2024-05-08")
        .subEventType());
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only("An aerial bombardment of"
        + " rebel positions near Myitkyina on Monday killed 12 fighters.", "2024-05-08")
        .subEventType());
  }

  @Test
  void aMineTheTaggerReadAsThePronounIsTheWeapon() {
    SharedPipeline.eachTyped(SubEventType.REMOTE_EXPLOSIVE, DATE,
        "A roadside mine destroyed a minibus near Jilib on Tuesday, police said.",
        "An anti-tank mine wrecked a truck near the town of Jilib on Tuesday.");
  }

  /** Glide, guided and barrel bombs are dropped from the air; none is planted. */
  @Test
  void bombsOfKindsDroppedFromTheAirAreAirStrikes() {
    SharedPipeline.eachTyped(SubEventType.AIR_DRONE_STRIKE, DATE,
        "A Russian glide bomb hit an apartment block in Sumy on Monday, killing two people.",
        "Government helicopters dropped barrel bombs on a village near Sennar on Monday, killing"
            + " five people.",
        // "struck" is how such a bomb is told as often as "hit"; the bomb stays dropped.
        "A Russian guided bomb struck a block of flats in Sumy late on Saturday, killing three"
            + " people.");
    SharedPipeline.eachTyped(SubEventType.REMOTE_EXPLOSIVE, DATE,
        "A bomb struck a minibus near Mubi on Monday, killing six passengers, police said.");
  }

  /** A missile or rocket strike with no aircraft named is ACLED's missile attack. */
  @Test
  void aMissileStrikeWithNoAircraftIsAMissileAttack() {
    SharedPipeline.eachTyped(SubEventType.SHELLING_ARTILLERY_MISSILE, DATE,
        "A Russian missile strike on Dnipro on Monday killed four people, officials said.",
        "Russian rocket strikes on Konotop killed two people on Monday.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, SharedPipeline.only("Israeli warplanes fired"
        + " missiles at a house in Deir al-Balah on Monday, killing three people.", DATE)
        .subEventType());
  }

  /**
   * "Russian missiles struck Dnipro": missiles that strike are a missile attack by the trigger
   * words, so a deal told in the same sentence ("hours before a prisoner exchange") neither hides
   * the strike from them nor joins it.
   */
  @Test
  void missilesThatStrikeAreAMissileAttackBesideADealTold() {
    var events = SharedPipeline.extract("Russian missiles struck the city of Dnipro overnight,"
        + " killing two people, officials said, hours before Kyiv announced that 49 of its soldiers"
        + " had come home in a prisoner exchange.", DATE).events();
    assertEquals(1, events.stream().filter(e -> e.subEventType()
        == SubEventType.SHELLING_ARTILLERY_MISSILE).count(), () -> "events: " + events);
    var alone = SharedPipeline.extractWithoutDetector("Russian missiles struck the city of Dnipro"
        + " overnight, killing two people.", DATE).events();
    assertEquals(1, alone.size(), () -> "events: " + alone);
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, alone.get(0).subEventType());
  }

  @Test
  void whatPeopleBlewUpWentOffAndWhatBlewUpByItselfDidNot() {
    SharedPipeline.eachTyped(SubEventType.REMOTE_EXPLOSIVE, DATE,
        "Report\n\nSuspected Maoists blew up a mobile phone tower near Sukma on Sunday night.",
        "Report\n\nA railway bridge was blown up by Maoists near Sukma on Sunday.");
    SharedPipeline.noEventIn(DATE, "Report\n\nA gas cylinder blew up in a restaurant in Gaya on"
        + " Sunday, injuring five people.");
    SharedPipeline.noEventIn(DATE, "Report\n\nThe talks between the two parties blew up in Gaya"
        + " on Sunday.");
    SharedPipeline.noEventIn(DATE, "Report\n\nSupporters blew up balloons in Gaya on Sunday.");
  }
}
