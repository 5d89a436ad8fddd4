package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: whom an attack is aimed at decides whether it is a battle. A village or town named as
 * the target of armed men, and people named by their trade or standing (an owner, a developer,
 * an activist, a family), are civilians; armed men and their posts are not; the weapons fired
 * are no target. Ground taken without a fight is handed over. Each on a report written here.
 */
class TargetsIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2024-06-05");
  }

  @Test
  void aNamedVillageAttackedIsItsPeopleAttacked() {
    Event raid = only("On 3 June 2024, suspected militants attacked the village of Namava in Cabo"
        + " Delgado. No fatalities were reported.");
    assertEquals(SubEventType.ATTACK, raid.subEventType());
    assertEquals(7, raid.actor2().orElseThrow().inter());
    Event killing = only("On 3 June 2024, militants attacked Namava in Cabo Delgado and killed two"
        + " residents.");
    assertEquals(SubEventType.ATTACK, killing.subEventType());
    assertEquals(2, killing.fatalities());
  }

  @Test
  void peopleNamedByTradeOrStandingAreCivilians() {
    for (String text : List.of(
        "On 3 June 2024, police officers assaulted several bar owners in Douala for selling after"
            + " the curfew.",
        "On 3 June 2024, about 60 gunmen attacked a land developer at his property in Dodowa.")) {
      Event attack = only(text);
      assertEquals(SubEventType.ATTACK, attack.subEventType(), text);
      assertEquals(7, attack.actor2().orElseThrow().inter(), text);
    }
  }

  @Test
  void theDeadOfAnAttackOnAVillageAreItsPeopleNotASide() {
    for (String text : List.of(
        "Six farmers were killed in an attack on a village near Monywa on Monday.",
        "An attack on a village near Monywa killed six farmers on Monday.")) {
      Event attack = only(text);
      assertEquals(SubEventType.ATTACK, attack.subEventType(), text);
      assertEquals(7, attack.actor2().orElseThrow().inter(), text);
      // The unidentified armed group, not the dead as a mob.
      assertEquals(3, attack.actor1().orElseThrow().inter(), text);
      assertEquals(6, attack.fatalities(), text);
    }
  }

  @Test
  void aPersonCapturedWithoutAFightIsHeldNotGroundHandedOver() {
    Event arrest = only("Somali special forces captured a senior al-Shabaab commander without"
        + " resistance in a raid near Jilib on Monday.");
    assertEquals(SubEventType.ARRESTS, arrest.subEventType(), arrest::toString);
    Event handover = only("Somali special forces took control of Jilib without resistance on"
        + " Monday.");
    assertEquals(SubEventType.NON_VIOLENT_TRANSFER, handover.subEventType(), handover::toString);
  }

  @Test
  void armedMenAndTheirPostsAreFoughtNotAttacked() {
    for (String text : List.of(
        "On 3 June 2024, militants attacked an army post near Mueda, killing two soldiers.",
        "On 3 June 2024, militants attacked Mozambican troops near Mueda.")) {
      assertEquals(SubEventType.ARMED_CLASH, only(text).subEventType(), text);
    }
  }

  /** "an army base, killing 17 people": the base names its holders; "people" names no one. */
  @Test
  void theHoldersOfAForcesSiteAreFoughtThoughTheDeadAreCalledPeople() {
    Event base = only("Militants attacked an army base near Jilib on Monday, killing 17 people,"
        + " including 10 soldiers.");
    assertEquals(SubEventType.ARMED_CLASH, base.subEventType(), base::toString);
    assertEquals(17, base.fatalities(), base::toString);
    // A market's dead are its people, and civilians named are civilians.
    assertEquals(SubEventType.ATTACK, only("Militants attacked a market near Jilib on Monday,"
        + " killing 17 people.").subEventType());
  }

  /** "raided a camp of militants": the men whose camp it was are the side raided. */
  @Test
  void theArmedMenASiteIsOfAreTheSideStruck() {
    Event raid = only("On Friday, soldiers raided a camp of militants near Jilib.");
    assertEquals(SubEventType.ARMED_CLASH, raid.subEventType(), raid::toString);
    assertTrue(raid.actor2().isPresent(), raid::toString);
  }

  @Test
  void aCentreFiredOnIsWhereThePeopleKilledWere() {
    for (String text : List.of(
        "Gunmen opened fire on a community centre in Uruapan on Friday night, killing six men.",
        "Gunmen opened fire on a health centre in Uruapan on Friday night, killing six men.")) {
      Event attack = only(text);
      assertEquals(SubEventType.ATTACK, attack.subEventType(), text);
      assertEquals(7, attack.actor2().orElseThrow().inter(), text);
    }
  }

  @Test
  void hostagesSeizedAreAbductedNotGroundTaken() {
    Event e = SharedPipeline.only("Gunmen seized 12 hostages at a guesthouse in Bamako on"
        + " Tuesday.", "2024-06-05");
    assertEquals(SubEventType.ABDUCTION, e.subEventType(), e::toString);
    assertEquals(7, e.actor2().orElseThrow().inter(), e::toString);
  }

  @Test
  void anOutpostTakenIsGroundNotAPersonCaptured() {
    Event e = only("Rebels captured an army outpost near Zzala, Rakhine state, on Sunday after two"
        + " days of fighting.");
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType());
    assertEquals(0, e.captured());
  }

  @Test
  void anAttackWhoseOnlyHarmIsThePeopleItTookIsAnAbduction() {
    Event taken = SharedPipeline.only("Armed men stormed a bus near Lolwa on Tuesday and"
        + " abducted 12 passengers, a local official said.", "2024-06-05");
    assertEquals(SubEventType.ABDUCTION, taken.subEventType(), taken::toString);
    Event killed = SharedPipeline.only("Gunmen attacked Kofa village on Sunday, killing two"
        + " farmers and abducting nine others.", "2024-06-05");
    assertEquals(SubEventType.ATTACK, killed.subEventType(), killed::toString);
  }

  @Test
  void theWeaponsFiredAreNotWhomTheyWereFiredAt() {
    // The launchers are the object of "fired"; the positions, and their holders, the target.
    Event e = only("On 3 June 2024, soldiers fired grenade launchers at the posts of the SPLM-IO"
        + " near Bentiu.");
    assertTrue(e.actor2().orElseThrow().name().contains("In Opposition"), e::toString);
  }

  @Test
  void groundTakenWithoutAFightIsHandedOver() {
    for (String text : List.of(
        "On 3 June 2024, the army took control of the town of Kassala without a fight.",
        "On 3 June 2024, rebels seized the border post at Gedaref unopposed.",
        // Told with a verb of meeting, it had been read as taken in a fight.
        "On 3 June 2024, rebels seized the town of Konna without meeting resistance.",
        "On 3 June 2024, rebels took control of Konna and met no resistance from the army.")) {
      assertEquals(SubEventType.NON_VIOLENT_TRANSFER, only(text).subEventType(), text);
    }
    assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, only("On 3 June 2024, the army took"
        + " control of the town of Kassala after heavy fighting.").subEventType());
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, only("On 3 June 2024, rebels"
        + " seized the town of Konna, meeting stiff resistance from soldiers.").subEventType());
  }

  @Test
  void fightersFromAGroupAreTheGroups() {
    Event e = only("On 3 June 2024, fighters from the Rapid Support Forces looted the central market"
        + " of Kassala.");
    assertTrue(e.actor1().orElseThrow().name().contains("Rapid Support Forces"), e::toString);
  }

  @Test
  void aHeadquartersOrABaseTakenIsGroundTaken() {
    // A headquarters is a place held, not a person captured; "gained control of" takes it too.
    for (String text : List.of(
        "Rebel fighters captured a district headquarters near Tessalit on Tuesday.",
        "Militants gained control of an army base near Tessalit on Tuesday after heavy"
            + " fighting.")) {
      assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, only(text).subEventType(),
          text);
    }
  }

  @Test
  void villagesTakenAreGroundNotPeopleAbducted() {
    // A village stands for its people when armed men attack it, not when they take it.
    for (String text : List.of(
        "Rebels captured two villages near Bossangoa on Tuesday.",
        "Rebels seized the village near Bossangoa on Tuesday.")) {
      Event e = only(text);
      assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType(), text);
      assertEquals(0, e.captured(), text);
    }
    Event raid = only("Gunmen attacked two villages near Bossangoa on Tuesday, killing four"
        + " people.");
    assertEquals(SubEventType.ATTACK, raid.subEventType(), raid::toString);
  }

  @Test
  void peopleSeizedAreCountedAndWeaponsSeizedAreNot() {
    Event women = only("Militiamen stormed a village near Bossangoa on Tuesday and seized 12"
        + " women.");
    assertEquals(SubEventType.ABDUCTION, women.subEventType(), women::toString);
    assertEquals(12, women.captured(), women::toString);
    for (String text : List.of(
        "Police seized 40 rifles and two pistols in Bossangoa on Tuesday.",
        "Police captured 40 rifles and two pistols in Bossangoa on Tuesday.")) {
      Event arms = only(text);
      assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, arms.subEventType(), text);
      assertEquals(0, arms.captured(), text);
    }
    Event rounds = only("Soldiers seized several rounds of ammunition near Bossangoa on"
        + " Tuesday.");
    assertEquals(0, rounds.captured(), rounds::toString);
  }

  @Test
  void aCapitalTakenIsGroundNotACaptive() {
    Event e = only("Insurgents seized the capital of a remote northern province near Bossangoa"
        + " on Tuesday.");
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType(), e::toString);
    assertEquals(0, e.captured(), e::toString);
  }

  /** A raid whose outcome is arrests is an arrest operation, whoever is held. */
  @Test
  void aRaidThatEndsInArrestsIsArrests() {
    Event e = only("Soldiers raided a village near Hoima on Monday and arrested 14 people suspected"
        + " of links to the rebels.");
    assertEquals(SubEventType.ARRESTS, e.subEventType(), e::toString);
    assertEquals(14, e.captured(), e::toString);
    Event fight = only("Soldiers raided a rebel camp near Hoima on Tuesday, killing six fighters"
        + " and arresting 12 others.");
    assertEquals(SubEventType.ARMED_CLASH, fight.subEventType(), fight::toString);
  }

  /** "launched an operation, killing 15": no other word tells the act; the killing does. */
  @Test
  void aKillingToldAsAnOperationsOutcomeIsTheAct() {
    Event e = only("Police launched an operation in Kenscoff on Monday, killing 15 gang members, a"
        + " police spokesman said.");
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
    assertEquals(15, e.fatalities(), e::toString);
  }

  /** A vehicle attacked is a thing, not a side: the people it killed are the victims. */
  @Test
  void theDeadOfAnAttackOnALorryAreItsVictims() {
    for (String vehicle : List.of("a lorry", "a taxi", "a minibus", "a van")) {
      Event e = only("An attack on " + vehicle + " near Hoima on 3 June 2024 killed two drivers.");
      assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
      assertEquals(7, e.actor2().orElseThrow().inter(), e::toString);
      assertEquals(2, e.fatalities(), e::toString);
    }
    // With no one named: a lorry, like a bus, carries civilians; an army lorry carries soldiers.
    Event lorry = only("Gunmen attacked a lorry near Hoima on 3 June 2024.");
    assertEquals(SubEventType.ATTACK, lorry.subEventType(), lorry::toString);
    assertEquals(7, lorry.actor2().orElseThrow().inter(), lorry::toString);
    Event army = only("Rebels ambushed an army lorry near Hoima on 3 June 2024.");
    assertEquals(SubEventType.ARMED_CLASH, army.subEventType(), army::toString);
  }

  /** What the victims are accused of names no side: the army they are said to have helped. */
  @Test
  void peopleAccusedOfHelpingTheArmyAreNotTheArmy() {
    Event e = only("Militants shot dead three villagers accused of spying for the army near"
        + " Hoima on 3 June 2024.");
    assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
    assertEquals(7, e.actor2().orElseThrow().inter(), e::toString);
  }

  @Test
  void theSoldiersAVehicleCarriedAreTheSideStruck() {
    Event blast = only("A roadside bomb hit a truck carrying soldiers near Beledweyne on Tuesday,"
        + " killing three.");
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, blast.subEventType());
    assertEquals(1, blast.actor2().orElseThrow(() -> new AssertionError(blast)).inter());
    // A vehicle whose owner is named was that party's, whoever rode in it.
    Event strike = only("A drone strike destroyed an al-Shabaab vehicle carrying fighters near"
        + " Beledweyne on Monday, residents said.");
    assertEquals("Al Shabaab", strike.actor2().orElseThrow(() -> new AssertionError(strike))
        .name());
  }

  @Test
  void theFightARaidSparksNamesWhomItWasWith() {
    // The tagger read "sparking" as the adjective of "gunfights" and the parser the fight as a
    // second object of the raid: the camp stood as the side struck, so civilians were attacked.
    Event e = SharedPipeline.only("Israeli troops raided the Nur Shams camp near Tulkarem on"
        + " Tuesday, sparking gunfights with Palestinian militants in which two Palestinians were"
        + " killed, the health ministry said.", "2024-06-05");
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertTrue(e.assocActor2().isEmpty(), e::toString);
  }
}
