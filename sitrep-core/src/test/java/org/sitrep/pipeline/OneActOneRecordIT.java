package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: one act told from two sides of a sentence is one record. A munition is never who
 * fired it; a rocket that explodes was fired; a crowd that fights while it demonstrates riots;
 * what a protest is against is its cause, not an event the report tells. Each on a report written
 * here.
 */
class OneActOneRecordIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2024-06-05");
  }

  @Test
  void shellsFiredBySomeoneAreTheirsAndTheirToll() {
    Event shelling = only("On 3 June 2024, shells fired by Houthi forces killed two civilians and"
        + " injured three others in Taiz.");
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, shelling.subEventType());
    assertEquals(1, shelling.actor1().orElseThrow().inter(), "the Houthis' forces, not 'shells'");
    assertEquals(2, shelling.fatalities());
    assertEquals(3, shelling.injured());
  }

  @Test
  void theDeadToldWithNoMakerAreThoseOfTheRaidOnTheirCamp() {
    // The dead name no one who killed them; the maker coded for them by convention is no side
    // the raid must share, so they join it. An encampment is a site armed men hold, as a camp is.
    for (String site : List.of("a camp", "an encampment")) {
      String text = "Report\n\nTroops overran " + site + " of Abu Sayyaf fighters near Marawi on"
          + " Friday after a long gunfight. Four fighters were killed and several rifles"
          + " recovered, the army said.";
      Event raid = only(text);
      assertEquals(4, raid.fatalities(), text);
      assertEquals("Abu Sayyaf Group", raid.actor2().orElseThrow().name(), text);
    }
  }

  @Test
  void aFiredMunitionThatExplodesWasShelled() {
    for (String text : List.of(
        "A rocket exploded near the airport in Erbil on Tuesday, damaging a car, police said.",
        "Two mortar rounds exploded inside the base in Kidal on Tuesday, wounding three"
            + " soldiers.")) {
      assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, only(text).subEventType(), text);
    }
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, only("A bomb exploded in a market in Mogadishu on"
        + " Tuesday, killing three traders, police said.").subEventType());
  }

  @Test
  void aCrowdThatFightsWhileItDemonstratesRiots() {
    Event riot = only("On 3 June 2024, hundreds of rioters demonstrating against fuel prices in"
        + " Mombasa clashed with police.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, riot.subEventType());
    assertEquals(5, riot.actor1().orElseThrow().inter());
    assertEquals(1, riot.actor2().orElseThrow().inter(), "the police");
    // Armed men on the move are no crowd.
    Event raid = only("On 3 June 2024, militias from two villages marched to Gordi and attacked"
        + " herders, killing four.");
    assertNotEquals(EventType.RIOTS, raid.eventType());
    assertNotEquals(EventType.PROTESTS, raid.eventType());
  }

  @Test
  void whatAProtestIsAgainstIsItsCause() {
    for (String text : List.of(
        "On 3 June 2024, four shopkeepers staged a protest in Kericho against the attacks on"
            + " traders during the curfew.",
        "On 3 June 2024, hundreds of students marched in Eldoret to protest against the killing of"
            + " a classmate by police.")) {
      assertEquals(SubEventType.PEACEFUL_PROTEST, only(text).subEventType(), text);
    }
  }

  @Test
  void aTollToldBeforeItsActIsThatActsToll() {
    // The lead gives the toll of an attack the next sentence tells; the toll is dated only to
    // its week, which holds the attack's day.
    Event e = SharedPipeline.only("The death toll from last week's attack on a mosque in Gusau has"
        + " risen to 23, officials said on Monday. Gunmen stormed the mosque during Friday prayers"
        + " and opened fire on worshippers.", "2024-06-04");
    assertEquals(SubEventType.ATTACK, e.subEventType());
    assertEquals(23, e.fatalities());
  }

  @Test
  void aDroneThatFiredOneMissileStruckFromTheAir() {
    // One missile, in the singular, makes "fired" the act as "missiles" did.
    Event e = only("On 3 June 2024, a drone fired a missile that destroyed a pickup truck near"
        + " Bayhan, killing three fighters.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
  }

  @Test
  void aSeriesOfStrikesOnOneDayIsOneEventOfItsMakers() {
    // A day's strikes on one place are one event; the verb that carried out the series did them.
    Event e = only("On Sunday, fighter jets carried out a series of airstrikes on rebel positions"
        + " near Tessalit, the army said.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals(1, e.actor1().orElseThrow().inter(), "the jets are the state's");
  }

  @Test
  void aDaysSeriesOfProtestsTakenPartInIsOneProtest() {
    Event e = only("On 3 June 2024, about 20 activists took part in a series of coordinated"
        + " protests in Kericho, demanding the release of a detained journalist.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, e.subEventType(), e::toString);
    assertEquals(0, SharedPipeline.extract("Activists have taken part in a series of protests in"
        + " Kericho this year.", "2024-06-05").events().size());
  }

  @Test
  void aSeriesOverWeeksOrOneOfWhichIsTheNewsIsNoEventOfItsOwn() {
    for (String text : List.of(
        "Militants carried out a series of attacks on police posts near Tessalit in recent weeks.",
        "Militants have carried out a series of attacks on police posts near Tessalit this"
            + " year.")) {
      assertEquals(0, SharedPipeline.extract(text, "2024-06-05").events().size(), text);
    }
    Event e = only("A bomb exploded at a bus station in Maroua on Sunday, killing four people, the"
        + " latest in a series of attacks on the town.");
    assertEquals(4, e.fatalities());
  }

  @Test
  void aSpanOfFightingBeforeTheDayIsNoEventOfTheDay() {
    // "after two days of clashes" tells what led to the day's act, over days the text does not
    // date; the seizure is the one record.
    Event e = only("After two days of clashes, rebels seized the town of Ndele on Monday.");
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType(), e::toString);
    Event curfew = only("Soldiers imposed a curfew in Obo on Monday after a week of fighting"
        + " nearby.");
    assertEquals(SubEventType.OTHER, curfew.subEventType(), curfew::toString);
  }

  /**
   * The attackers' claim of other dead tells of the same attack: the state's police and soldiers
   * are one side, whichever a source names.
   */
  @Test
  void policeAndSoldiersOfOneStateAreOneSideOfTheAttack() {
    Event e = only("Two policemen were killed on Monday when gunmen attacked a checkpoint near"
        + " Kaya, Burkina Faso. The militants claimed that six soldiers were killed.");
    assertTrue(e.actor2().map(a -> a.name().startsWith("Police Forces of Burkina Faso"))
        .orElse(false), e::toString);
  }

  /** An act counted as one more of its kind, with no maker named, is the earlier one's maker's. */
  @Test
  void anotherActOfTheKindToldIsByItsMaker() {
    List<Event> two = SharedPipeline.extract("Russian forces shelled Kherson on Monday, killing two"
        + " civilians. Another shelling hit the village of Bilozerka in the evening, wounding three"
        + " people.", "2024-06-05").events();
    assertEquals(2, two.size(), () -> "events: " + two);
    assertTrue(two.get(1).actor1().orElseThrow().name().startsWith("Military Forces of Russia"),
        () -> "events: " + two);
    // One told with no word of "another" keeps ACLED's convention.
    List<Event> kenya = SharedPipeline.extract("Gunmen shot dead two traders in Kisumu on Monday."
        + " An attack on Tuesday killed a teacher in Nakuru.", "2024-06-05").events();
    assertTrue(kenya.get(kenya.size() - 1).actor1().orElseThrow().name()
        .startsWith("Unidentified Armed Group"), () -> "events: " + kenya);
  }

  /** A report that names no side joins the act just told at its place and day. */
  @Test
  void theDeadToldWithNoSideJoinTheActJustTold() {
    Event e = SharedPipeline.only("Coalition warplanes struck a market in Amran on Monday. Two"
        + " children were among those killed in Amran, a charity said.", "2024-06-05");
    assertEquals(7, e.actor2().orElseThrow().inter(), e::toString);
  }

  /** Property an armed group burned, then "the attack" it was part of: one armed clash. */
  @Test
  void theAttackABurningWasPartOfIsOneEvent() {
    Event e = SharedPipeline.only("Gang members set fire to a police station in Gonaives on"
        + " Sunday. At least three police officers were killed in the attack, officials said.",
        "2024-06-06");
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType(), e::toString);
    assertEquals(3, e.fatalities());
    assertEquals("2024-06-02", e.eventDate().orElseThrow().toString());
  }

  /** "Russian drones attacked X. The drones hit ...": the drones named before, one strike. */
  @Test
  void theWeaponsNamedBeforeAreTheirMakersAct() {
    List<Event> one = SharedPipeline.extract("Russian drones struck Zaporizhzhia overnight, the"
        + " regional governor said on Wednesday. The drones damaged a rail depot and wounded two"
        + " workers.", "2024-06-05").events();
    assertEquals(1, one.size(), () -> "events: " + one);
    assertTrue(one.get(0).actor1().orElseThrow().name().startsWith("Military Forces of Russia"),
        () -> "events: " + one);
  }

  /**
   * A fight near a village the gazetteer does not know, then a landmine near a town it knows:
   * another place, so another act, though the day is one.
   */
  @Test
  void anActAtAKnownTownIsNotPartOfOneAtAnUnknownVillage() {
    List<Event> e = SharedPipeline.extract("On Monday, soldiers attacked a rebel position near the"
        + " village of Zzzgaro. On Monday, a truck hit a landmine on the road near Kitui, killing"
        + " the driver.", "2024-05-08").events();
    assertEquals(2, e.size(), () -> "events: " + e);
    assertTrue(e.stream().anyMatch(x -> x.subEventType() == SubEventType.REMOTE_EXPLOSIVE),
        () -> "events: " + e);
  }

  @Test
  void aShellingTheSideStruckFoughtBackIsABattle() {
    Event fight = only("Report\n\nRebels shelled army positions outside Bambari on Monday"
        + " morning. Heavy fighting between the two sides followed and went on until dark, and"
        + " four soldiers were killed, residents said.");
    assertEquals(SubEventType.ARMED_CLASH, fight.subEventType());
    Event battle = only("Report\n\nGovernment artillery pounded rebel positions near Kumba on"
        + " Monday. A gun battle between the troops and the separatists broke out in the"
        + " afternoon.");
    assertEquals(SubEventType.ARMED_CLASH, battle.subEventType());
    assertEquals(1, battle.actor1().orElseThrow().inter(), "the government's artillery: its army");
    // Fire on civilians stays a shelling, whatever fight is told after it.
    List<Event> events = SharedPipeline.extract("Report\n\nSeparatists shelled a market in Kumba"
        + " on Monday, killing three traders. The attack was followed by clashes with troops.",
        "2024-06-05").events();
    assertTrue(events.stream().anyMatch(e -> e.subEventType()
        == SubEventType.SHELLING_ARTILLERY_MISSILE), () -> "events: " + events);
  }

  @Test
  void aHeadlineNamesTheMakerTheBodyLeftUnnamed() {
    Event e = only("Junta air strike kills nine at school\n\nA jet bombed a village school near"
        + " Monywa on Monday morning, killing eight children and a teacher, residents said.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals("Military Forces of Myanmar (2021-)", e.actor1().map(a -> a.name()).orElse("none"));
    assertEquals("Civilians (Myanmar)", e.actor2().map(a -> a.name()).orElse("none"));
  }

  @Test
  void aStatesWarplaneIsItsArmy() {
    Event e = only("A military jet bombed a village school near Monywa on Monday morning, killing"
        + " eight children and a teacher, residents said.");
    assertEquals("Military Forces of Myanmar (2021-)", e.actor1().map(a -> a.name()).orElse("none"));
  }

  @Test
  void raidersWhoWithdrawAfterTheirRaidGiveNoGroundUp() {
    // The raiders' withdrawal was a non-violent transfer of territory of its own.
    Event e = only("Suspected jihadists on motorbikes stormed the village of Tessalit on Sunday,"
        + " killing three herders and burning granaries. The militants then withdrew toward the"
        + " desert.");
    assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
    // A side that withdraws after another attacked it may give ground up: two events.
    List<Event> two = SharedPipeline.extract("Rebels attacked army positions around Ouallam on"
        + " Sunday. The soldiers withdrew from the town on Monday.", "2024-06-05").events();
    assertEquals(2, two.size(), two::toString);
  }

  @Test
  void airStrikesThatBackedAnAssaultArePartOfIt() {
    // The parser made "backed" the sentence's verb: the air strikes stood as an act of their own,
    // with the commandos they backed as their target.
    List<Event> events = SharedPipeline.extract("Somali special forces backed by US airstrikes"
        + " recaptured the town of Mahaday from militants on Thursday, the information ministry"
        + " said, adding that dozens of fighters were killed.", "2024-06-05").events();
    assertEquals(1, events.size(), events::toString);
    assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, events.get(0).subEventType());
  }
}
