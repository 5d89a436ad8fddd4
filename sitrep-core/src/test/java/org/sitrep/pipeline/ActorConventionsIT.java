package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: ACLED's conventions for who a side is, where the words alone would say otherwise.
 * Security forces off duty are civilians, so killing one is an attack, not a battle; a meeting or
 * a company's premises fired on is a site, and the people its outcome names are the side
 * attacked; troops named by their country's name ("Burundi troops") are that country's; customs
 * officers and border guards are the state's agents, as police are. Each on a report written
 * here.
 */
class ActorConventionsIT {
  private static Event only(String text) {
    List<Event> events = SharedPipeline.extract(text, "2024-05-08").events();
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }

  @Test
  void securityForcesOffDutyAreCivilians() {
    for (String text : List.of(
        "Gunmen shot dead an off-duty police officer outside his home in Kitui on Monday.",
        "Militants killed a soldier who was off duty at a market in Moyale on Sunday.")) {
      Event killing = only(text);
      assertEquals(SubEventType.ATTACK, killing.subEventType(), text);
      assertEquals(7, killing.actor2().orElseThrow().inter(), text);
    }
    Event onDuty = only("Gunmen attacked a police patrol near Kitui on Monday, killing two"
        + " officers.");
    assertEquals(SubEventType.ARMED_CLASH, onDuty.subEventType());
    assertEquals(1, onDuty.actor2().orElseThrow().inter());
  }

  @Test
  void theDeadOfAMeetingFiredOnAreTheSideAttacked() {
    Event meeting = only("Unidentified gunmen opened fire on a peace meeting in Moyale on Monday,"
        + " killing one person and injuring two others.");
    assertEquals(SubEventType.ATTACK, meeting.subEventType());
    assertEquals(7, meeting.actor2().orElseThrow().inter());
    assertEquals(1, meeting.fatalities());
  }

  @Test
  void troopsNamedByTheirCountrysNameAreThatCountrys() {
    Event attack = only("Al Shabaab fighters attacked Burundi troops near Jowhar on Monday. One"
        + " Burundian soldier was killed in the attack.");
    assertEquals("BDI", attack.actor2().orElseThrow().iso3());
    assertEquals(8, attack.actor2().orElseThrow().inter(), "a foreign force in Somalia");
    assertEquals(1, attack.fatalities());
  }

  @Test
  void damageByPeopleNoOneCanNameIsAnUnidentifiedArmedGroups() {
    Event arson = only("Unknown vandals set fire to a school bus outside Nakuru on Tuesday"
        + " night.");
    assertEquals(SubEventType.LOOTING, arson.subEventType());
    assertEquals("Unidentified Armed Group (Kenya)", arson.actor1().orElseThrow().name());
    Event bare = only("Arsonists set fire to a school bus outside Nakuru on Tuesday night.");
    assertEquals("Unidentified Armed Group (Kenya)", bare.actor1().orElseThrow().name());
    // Damage told with no one at all may be a storm's: no event.
    SharedPipeline.noEventIn("2024-05-08", "Houses were destroyed in the village of Kitui on"
        + " Tuesday as floods swept the area.");
  }

  @Test
  void customsAndBorderAgentsAreTheStates() {
    Event customs = only("Customs officers seized 14 pistols hidden in a lorry at Mombasa port on"
        + " Tuesday.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, customs.subEventType());
    assertEquals(1, customs.actor1().orElseThrow().inter());
    assertEquals("KEN", customs.actor1().orElseThrow().iso3());
    assertEquals("Mombasa", customs.place().orElseThrow().name(), "the port is the city's");
    Event border = only("Border guards found a cache of rifles and grenades near Garissa on"
        + " Sunday.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, border.subEventType());
    assertEquals(1, border.actor1().orElseThrow().inter());
  }

  @Test
  void seizuresAndArrestsNoOneIsNamedForAreTheStates() {
    Event seized = only("Three rifles and 400 rounds of ammunition were seized in Eldoret over the"
        + " weekend, police said.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, seized.subEventType());
    assertEquals("KEN", seized.actor1().orElseThrow().iso3());
    assertTrue(seized.actor1().orElseThrow().name().startsWith("Police Forces of Kenya"));
    Event defused = only("An explosive device was found and defused near the bus park in Mandera"
        + " on Sunday.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, defused.subEventType());
    assertTrue(defused.actor1().orElseThrow().name().startsWith("Police Forces of Kenya"));
    // The state force that tells of arrests made them, when no one else is named.
    Event arrests = only("Five men were arrested in Gulu on Monday over the ambush, the army said.");
    assertEquals(SubEventType.ARRESTS, arrests.subEventType());
    assertTrue(arrests.actor1().orElseThrow().name().startsWith("Military Forces of Uganda"));
  }

  @Test
  void policeAndSoldiersOfAReportThatNamesNoPlaceAreStillTheStates() {
    // No place, no country: the act is told and its side is the police, of a country unknown.
    Event arrests = only("Police arrested 14 opposition activists on Tuesday.");
    assertEquals(SubEventType.ARRESTS, arrests.subEventType());
    assertEquals("Police Forces", arrests.actor1().orElseThrow().name());
    assertEquals(1, arrests.actor1().orElseThrow().inter());
    Event fired = only("Soldiers shot dead two protesters on Tuesday.");
    assertEquals(SubEventType.EXCESSIVE_FORCE, fired.subEventType());
    assertEquals("Military Forces", fired.actor2().orElseThrow().name());
  }

  @Test
  void peopleAFightKilledAreItsTollNotItsOtherSide() {
    // Those a fight killed are not whom it was fought against, so it stays a clash; and a
    // fight "over" land that kills is no quarrel.
    Event fight = only("Communal militias from neighbouring villages fought over farmland near"
        + " Zzokka, Plateau state, on Saturday, killing seven people.");
    assertEquals(SubEventType.ARMED_CLASH, fight.subEventType());
    assertEquals(7, fight.fatalities());
    assertEquals(4, fight.actor1().orElseThrow().inter());
    assertTrue(fight.actor2().isEmpty(), () -> fight.actor2().toString());
    Event named = only("Gunmen clashed with vigilantes near Zzokka, Plateau state, on Saturday,"
        + " killing two soldiers.");
    assertEquals(SubEventType.ARMED_CLASH, named.subEventType());
    assertTrue(SharedPipeline.extract("The two parties fought over the budget for weeks before"
        + " the vote on Saturday.", "2024-05-08").events().isEmpty());
  }

  @Test
  void rivalCommunitiesAndClansThatClashAreCommunalMilitias() {
    Event communities = only("Clashes between two rival communities over grazing land left nine"
        + " people dead in Zzokka, Plateau state, on Saturday.");
    assertEquals(SubEventType.ARMED_CLASH, communities.subEventType());
    // One plural that fought itself stands on both sides, as ACLED codes a clash within one kind
    // of group.
    assertEquals("Unidentified Communal Militia (Nigeria)",
        communities.actor1().orElseThrow().name());
    assertEquals("Unidentified Communal Militia (Nigeria)",
        communities.actor2().orElseThrow().name());
    Event clans = only("Members of two rival clans clashed over a water point near Zzula, Hiraan"
        + " region, on Saturday, leaving six dead.");
    assertEquals("Unidentified Clan Militia (Somalia)", clans.actor1().orElseThrow().name());
    assertEquals("Unidentified Clan Militia (Somalia)", clans.actor2().orElseThrow().name());
    Event groups = only("Two armed groups clashed in Zzokka, Plateau state, on Saturday, leaving"
        + " seven people dead.");
    assertEquals("Unidentified Armed Group (Nigeria)", groups.actor2().orElseThrow().name());
  }

  @Test
  void peopleTheReportTiesToAGroupAreThatGroups() {
    Event suspects = only("Troops shot dead three men suspected of belonging to Boko Haram near"
        + " Gwoza on Friday.");
    assertEquals(2, suspects.actor2().orElseThrow().inter());
    assertEquals(SubEventType.ARMED_CLASH, suspects.subEventType());
    // Where they came from is no group.
    Event fromTown = only("Troops shot dead three men believed to be from Gwoza on Friday.");
    assertEquals(7, fromTown.actor2().orElseThrow().inter());
  }

  @Test
  void soldiersNoWordPlacesAreThoseOfTheArmyThatTellsOfThem() {
    Event told = only("Two soldiers were wounded when their patrol came under fire near Tal Tamr"
        + " on Sunday, the Turkish defence ministry said.");
    assertEquals("TUR", told.actor2().orElseThrow().iso3());
    Event home = only("Two soldiers were wounded when their patrol came under fire near Tal Tamr"
        + " on Sunday, the Syrian army said.");
    assertEquals("SYR", home.actor2().orElseThrow().iso3());
  }

  @Test
  void aShootOutIsAFightBetweenTheSidesItNames() {
    Event e = only("A shoot-out between police and suspected gang members took place in Nampula on"
        + " Tuesday night.");
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType());
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
    assertEquals(3, e.actor2().orElseThrow().inter(), e::toString);
    // "The two groups" are the two named before, not two groups of rioters.
    Event told = only("Police officers confronted a group of gunmen in Nampula on Tuesday,"
        + " resulting in a shoot-out between the two groups.");
    assertEquals(SubEventType.ARMED_CLASH, told.subEventType(), told::toString);
  }

  @Test
  void whomGroundWasTakenFromIsTheOtherSide() {
    // The town names no one, so the group after "from" stands as the second side, not an ally of
    // an empty one.
    Event e = only("The army said it had retaken the town of Minembwe from M23 rebels on Saturday"
        + " after two days of fighting.");
    assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, e.subEventType());
    assertTrue(e.actor2().orElseThrow().name().startsWith("M23"), e::toString);
    assertTrue(e.assocActor2().isEmpty(), e::toString);
  }

  @Test
  void theArmyJustNamedByItsCountryIsTheArmyThatSpeaks() {
    // "the army" after "Israeli troops" in a West Bank story is Israel's, so the two it says it
    // killed are the gunmen's dead, in one record.
    List<Event> events = SharedPipeline.extract("Palestinian gunmen opened fire on Israeli troops"
        + " during an army raid in Nablus on Wednesday; the army said it killed two of them.",
        "2024-05-08").events();
    assertEquals(1, events.size(), events::toString);
    assertEquals(2, events.get(0).fatalities());
    assertTrue(events.get(0).actor2().orElseThrow().name().contains("Israel"), events::toString);
  }

  @Test
  void anEncounterWithSecurityForcesIsAFightWithThem() {
    Event e = only("Two Maoists were killed in an encounter with security forces in the forests of"
        + " Sukma district in Chhattisgarh on Tuesday, police said.");
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType());
    assertTrue(List.of(e.actor1().orElseThrow().inter(), e.actor2().orElseThrow().inter())
        .contains(1), e::toString);
    SharedPipeline.noEventIn("2024-05-08",
        "A tourist had a frightening encounter with a bear near Sukma on Tuesday.");
  }

  @Test
  void whatABombTargetedIsNotWhoSetItOff() {
    // The parse gives the verb a subject, the bomb; the noun before the verb is its target.
    Event e = only("A roadside bomb targeting a police patrol wounded four officers in"
        + " Bossangoa on Tuesday, a provincial spokesman said.");
    assertEquals(3, e.actor1().orElseThrow().inter(), e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
    Event planted = only("On 3 June 2024, a bomb suspected to have been planted by Al Shabaab"
        + " militants killed two policemen in Bossangoa.");
    assertEquals("Al Shabaab", planted.actor1().orElseThrow().name(), planted::toString);
  }

  @Test
  void aGroupsFightersKillingPeopleAtWorkAttackCivilians() {
    // The tagger reads "insurgents" as a verb, and the parser the farmers as the subject of
    // "working": the act had lost its object and read as a headline's passive.
    Event e = only("Boko Haram insurgents killed at least 11 farmers working in their fields near"
        + " Bossangoa on Saturday, a militia leader said.");
    assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
    assertEquals(11, e.fatalities());
    assertEquals(7, e.actor2().orElseThrow().inter(), e::toString);
  }

  /**
   * Supporters of a leader are not the state he heads or headed, and officers told after him
   * are the police, not his government.
   */
  @Test
  void aLeadersSupportersAreNotHisStateNorAreOfficersHisGovernment() {
    List<Event> events = SharedPipeline.extract("Police arrested 30 supporters of former Prime"
        + " Minister Imran Khan in Lahore on Sunday. Officers used batons and fired tear gas at a"
        + " crowd outside the party's office in Lahore.", "2024-05-08").events();
    assertTrue(events.stream().allMatch(e -> e.actor2().map(a -> a.inter() != 1).orElse(true)
        || e.actor2().get().name().startsWith("Police Forces")), () -> "events: " + events);
    assertTrue(events.stream().noneMatch(e -> e.actor1().orElseThrow().name()
        .startsWith("Government")), () -> "events: " + events);
    assertTrue(events.stream().anyMatch(e -> e.subEventType() == SubEventType.ARRESTS
        && e.actor2().orElseThrow().inter() == 7), () -> "events: " + events);
  }

  /** In a Palestinian story, bare soldiers and the army are Israel's, as ACLED codes them. */
  @Test
  void soldiersInAPalestinianStoryAreIsraels() {
    for (String text : List.of(
        "Soldiers shot dead a man near Jenin on Monday, the health ministry said.",
        "The army said troops demolished the home of a suspect in Nablus on Monday.")) {
      Event e = only(text);
      assertEquals("ISR", e.actor1().orElseThrow().iso3(), e::toString);
    }
    // Palestinian security forces named as such stay theirs.
    Event pa = only("Palestinian security forces arrested five men in Nablus on Monday.");
    assertEquals("PSE", pa.actor1().orElseThrow().iso3(), pa::toString);
  }

  @Test
  void aCountrysMilitaryReadAsAnAdjectiveIsItsForces() {
    // The tagger reads "military" after "The Nigerian" as an adjective.
    Event e = only("The Nigerian military bombed a bandit camp near Tsafe on Sunday, killing 12"
        + " bandits.");
    assertEquals("Military Forces of Nigeria (2023-)", e.actor1().map(a -> a.name()).orElse(""),
        e::toString);
  }

  /** A group's spokesman calls the enemy "the military"; "its fighters" are the group's. */
  @Test
  void theMilitaryInAGroupsStatementIsTheStatesArmy() {
    List<Event> events = SharedPipeline.extract("The army carried out an air strike near Monywa"
        + " on Friday. In Shan state, the Ta'ang National Liberation Army said on Saturday its"
        + " fighters had captured the town of Hsipaw from the military.", "2024-05-08").events();
    Event e = events.stream().filter(x -> x.subEventType().eventType()
        == org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS || x.subEventType().eventType()
        == org.sitrep.model.EventType.BATTLES).findFirst()
        .orElseThrow(() -> new AssertionError("events: " + events));
    assertEquals(org.sitrep.model.SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        e.subEventType(), e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
  }

  /** A state's forces that tell of a strike on armed men, naming no maker, made it. */
  @Test
  void aStrikeOnArmedMenToldByTheArmyIsTheArmys() {
    Event e = only("Niger's army said on Wednesday that a drone strike had killed about 30 Islamic"
        + " State fighters near Ayorou on Monday.");
    assertEquals("NER", e.actor1().orElseThrow().iso3(), e::toString);
    assertEquals(1, e.actor1().orElseThrow().inter(), e::toString);
  }

  @Test
  void peopleTheTablesKnowAsCiviliansWhoBearArmsAreAnArmedGroup() {
    Event herders = only("Armed herders attacked a village near Mundri on Saturday, killing two"
        + " farmers.");
    assertEquals(SubEventType.ATTACK, herders.subEventType());
    assertEquals("Unidentified Communal Militia (South Sudan)", herders.actor1().orElseThrow().name());
    // Where the tables know no militia of communities, armed men of no known group.
    Event villagers = only("Armed villagers stormed a police station near Juticalpa on Saturday.");
    assertEquals(3, villagers.actor1().orElseThrow().inter());
    // Armed protesters are still a crowd.
    Event crowd = only("Armed protesters stormed the governor's office in Juticalpa on Saturday.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, crowd.subEventType());
  }
}
