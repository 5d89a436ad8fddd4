package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: words of ACLED's codebook for strategic developments and protests (an arrest, a base
 * set up, ground left, weapons stopped, a strike or vigil) give events of those types, and the
 * same words in other senses give none. Each on a report written here.
 */
class CodebookWordsIT {
  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, "2024-05-08").events();
  }

  private static SubEventType onlyType(String text) {
    List<Event> events = events(text);
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0).subEventType();
  }

  @Test
  void anArrestToldByAnotherVerb() {
    assertEquals(SubEventType.ARRESTS, onlyType(
        "Police apprehended three suspects in Lahore on Saturday over the killing of a journalist."));
  }

  @Test
  void aLabourStrikeIsAPeacefulProtest() {
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Thousands of teachers began an indefinite strike in Nairobi on Monday to demand higher"
            + " pay."));
  }

  @Test
  void aStrikeCalledByAGroupIsAPeacefulProtest() {
    // "a strike called by ... to protest": "protest" is the strike's purpose, so no event was
    // told until the strike itself counted; one only called for is none.
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Shopkeepers in Kalemie closed their shops on Tuesday in a strike called by traders"
            + " associations to protest against new taxes."));
    assertEquals(0, events("Unions in Kalemie called for a general strike next Monday to protest"
        + " against new taxes.").size());
  }

  @Test
  void aVigilIsAPeacefulProtest() {
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Residents held a candlelight vigil in Peshawar on Sunday to demand justice for the"
            + " slain students."));
  }

  @Test
  void aSitInIsAPeacefulProtestHoweverThePartsOfTheWordAreTagged() {
    // The tokenizer splits "sit-in"; the tagger reads "in" as a noun after some verbs and as a
    // preposition after others.
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Relatives of the fishermen held a sit-in outside the governor's office in Mombasa on"
            + " Monday."));
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Traders staged a sit-in at the central market in Kumasi on Tuesday."));
  }

  @Test
  void takingToTheStreetsIsAProtest() {
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Thousands took to the streets of Zomba on Friday to demand the resignation of the"
            + " electoral commission chair."));
    assertTrue(events("Troops took control of the streets of Zomba on Friday.").stream()
        .noneMatch(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST));
  }

  @Test
  void aRoadBlockedToPressADemandIsAProtest() {
    // The parser hangs "demanding" on the roads; those who blocked them demand.
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "A group of parents blocked the bridge demanding the reopening of the village school in"
            + " Juchitan on Monday."));
    assertTrue(events("Gunmen blocked the road near Funtua on Monday and abducted 12 passengers.")
        .stream().noneMatch(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST));
  }

  @Test
  void aFoiledPlotIsDisruptedWeaponsUse() {
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType(
        "Police foiled a bombing plot in Mombasa on Friday and seized explosives from a house."));
  }

  @Test
  void aProtestCalledViolentIsARiotByRioters() {
    for (String text : List.of(
        "Residents held a violent demonstration in Kitwe on Saturday against the plan to turn the"
            + " college into an isolation centre.",
        "Hundreds of traders staged a violent protest in Kano on Wednesday, smashing the windows"
            + " of the market office.",
        "Hundreds of farmers demonstrated violently outside the governor's office in Lahore on"
            + " Thursday.")) {
      List<Event> events = events(text);
      assertEquals(1, events.size(), () -> "events: " + events);
      assertEquals(SubEventType.VIOLENT_DEMONSTRATION, events.get(0).subEventType(), text);
      assertEquals(5, events.get(0).actor1().orElseThrow().inter(), text);
    }
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Thousands of teachers held a peaceful protest in Nairobi on Monday."));
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(
        "Thousands of teachers held a non-violent protest in Nairobi on Monday."));
  }

  @Test
  void heavyWeaponsFiredAreShellingAndWeaponsAloneAFight() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Rebels fired heavy weapons and mortars at army positions near Kadugli on Sunday."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Rebels fired heavy weapons at army positions near Kadugli on Sunday."));
    assertEquals(SubEventType.ARMED_CLASH, onlyType(
        "Soldiers fired their weapons at the attackers near Gao on Monday."));
    assertEquals(SubEventType.ARMED_CLASH, onlyType(
        "Militants fired mortars and small arms at a base near Kidal on Monday."));
  }

  @Test
  void aDeviceFoundOrDefusedIsDisruptedWeaponsUseNotAnExplosion() {
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType(
        "A bomb planted near a market in Kitui was defused by police on Monday."));
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType(
        "Police found a roadside bomb near Kitui on Monday and defused it."));
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType(
        "Soldiers recovered three rifles and a grenade near Kitui on Monday."));
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType(
        "Police seized two rocket launchers near Kitui on Monday."));
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType(
        "A roadside bomb exploded near Kitui on Monday, killing two soldiers."));
  }

  @Test
  void policeWhoDisperseArrestOrShootProtestersMeetTheProtest() {
    Event gas = events("Police fired tear gas to disperse nurses who were protesting in Kitui on"
        + " Monday.").get(0);
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, gas.subEventType());
    assertEquals("Protesters (Kenya)", gas.actor1().orElseThrow().name());
    assertTrue(gas.actor2().orElseThrow().name().startsWith("Police Forces of Kenya"));
    Event held = events("Police detained 12 students during a protest in Kitui on Monday.").get(0);
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, held.subEventType());
    assertTrue(held.actor2().orElseThrow().name().startsWith("Police Forces of Kenya"));
    assertEquals(SubEventType.EXCESSIVE_FORCE, onlyType("Police fired live bullets at students"
        + " protesting in Kitui on Monday, killing two."));
    assertEquals(SubEventType.ARRESTS, onlyType(
        "Police arrested three journalists in Kitui on Monday."));
    // Arrests told of the people a protest is for were its cause, told before.
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType("Protesters gathered in Kitui on Monday"
        + " and demanded the release of activists who were detained in recent demonstrations."));
  }

  @Test
  void aCrowdThatKillsPeopleIsMobViolenceThoughBothAreCivilians() {
    for (String text : List.of("Villagers beat two men to death near Kitui on Sunday.",
        "Villagers lynched two men near Kitui on Sunday.")) {
      Event e = events(text).get(0);
      assertEquals(SubEventType.MOB_VIOLENCE, e.subEventType(), text);
      assertEquals("Civilians (Kenya)", e.actor2().orElseThrow().name(), text);
    }
  }

  @Test
  void aTownTakenIsThePlaceAndWhomItWasTakenFromTheOtherSide() {
    for (String text : List.of("Boko Haram fighters captured Gwoza on Sunday.",
        "Boko Haram fighters took control of Gwoza on Sunday.")) {
      Event e = events(text).get(0);
      assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType(), text);
      assertEquals("Gwoza", e.place().orElseThrow().name(), text);
      assertEquals(0, e.captured(), text);
    }
    Event back = events("The army recaptured Gwoza from Boko Haram on Monday.").get(0);
    assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, back.subEventType());
    assertTrue(back.actor2().orElseThrow().name().startsWith("Boko Haram"), back.toString());
    assertEquals(3, events("Boko Haram fighters captured three soldiers near Gwoza on Sunday.")
        .get(0).captured());
  }

  @Test
  void weaponsRecoveredAfterAClashArePartOfIt() {
    List<Event> events = events("Troops killed five militants in a clash near Kitui on Saturday,"
        + " the army said. The army said it recovered six rifles and ammunition at the scene.");
    assertEquals(1, events.size(), events::toString);
    assertEquals(SubEventType.ARMED_CLASH, events.get(0).subEventType());
  }

  @Test
  void campsSetUpSchoolsBurnedDownAndCheckpointsHandedOver() {
    assertEquals(SubEventType.HEADQUARTERS_ESTABLISHED, onlyType(
        "Bandits have set up a camp in the forest near Kitui, residents said on Monday."));
    assertEquals(SubEventType.LOOTING, onlyType(
        "Gunmen burned down a primary school near Kitui on Monday."));
    assertEquals(SubEventType.NON_VIOLENT_TRANSFER, onlyType(
        "Militiamen handed over three checkpoints to the army near Kitui on Monday."));
    // A post or a garrison is a base as much as a camp is.
    assertEquals(SubEventType.HEADQUARTERS_ESTABLISHED, onlyType(
        "Turkish troops set up a new military post near Saraqib on Monday."));
    assertEquals(SubEventType.HEADQUARTERS_ESTABLISHED, onlyType(
        "The army established a garrison in the hills above Kitui on Monday."));
  }

  @Test
  void anObjectAfterTwoJoinedVerbsIsTheSecondVerbs() {
    // The parser hangs "tyres" on "demonstrated"; read so, the youths "demonstrated" something
    // (showed it) and burned nothing.
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, onlyType(
        "Youths demonstrated and burned tyres in Kitui on Tuesday over the price of fuel."));
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, onlyType(
        "Hundreds of traders marched and burned tyres in Kitui on Tuesday."));
  }

  @Test
  void theWeaponsOfAnAmountFiredAreWhatWasFired() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Militants fired a barrage of rockets at the army base near Bannu on Tuesday."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Troops fired a volley of mortar shells at rebel positions outside Tessalit on Monday."));
    assertEquals(SubEventType.ARMED_CLASH, onlyType(
        "Gunmen fired a burst of bullets at the soldiers guarding a checkpoint near Bannu on"
            + " Friday."));
  }

  @Test
  void fireExchangedIsABattleWhateverTheWeapon() {
    assertEquals(SubEventType.ARMED_CLASH, onlyType(
        "Government troops and rebel fighters exchanged artillery near Kadugli on Thursday."));
    assertEquals(SubEventType.ARMED_CLASH, onlyType(
        "The two sides exchanged mortar fire across the river near Kadugli on Thursday."));
  }

  @Test
  void explosionsHeardWithShotsAreAFightNotABomb() {
    assertEquals(SubEventType.ARMED_CLASH, onlyType(
        "Monitors counted 40 explosions and shots near the frontline village of Tokmak on"
            + " Tuesday."));
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType(
        "A roadside bomb explosion killed two soldiers near Tokmak on Tuesday."));
  }

  @Test
  void theWeaponAnAttackIsMadeWithTypesIt() {
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType(
        "Militants targeted an army vehicle with an IED near Sheikh Zuweid on Monday, killing ten"
            + " soldiers."));
    assertEquals(SubEventType.GRENADE, onlyType(
        "A soldier attacked a shopkeeper with a grenade in Buthidaung on Monday."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Rebel forces attacked army positions with heavy artillery fire near Ajdabiya on Monday."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Insurgents fired an RPG at a police vehicle near Lashkar Gah on Monday."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(
        "Insurgents fired rocket-propelled grenades at an army post near Lashkar Gah on Monday."));
    // A stun grenade disperses a crowd.
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType(
        "Police fired stun grenades at protesters in Nyeri on Monday."));
  }

  @Test
  void aSexualAssaultIsSexualViolence() {
    assertEquals(SubEventType.SEXUAL_VIOLENCE, onlyType(
        "A soldier sexually assaulted a woman at a checkpoint near Bunia on Monday, a rights"
            + " group said."));
  }

  @Test
  void troopsLeavingATownIsANonViolentTransfer() {
    assertEquals(SubEventType.NON_VIOLENT_TRANSFER, onlyType(
        "The army withdrew its troops from the town of Kidal on Monday and handed control to"
            + " local police."));
  }

  @Test
  void theSameWordsInOtherSensesTellNoEvent() {
    assertEquals(List.of(), events("The company agreed to pay a fine of 2 million dollars in"
        + " Lagos on Monday.\n\nThe band released a new album in London on Friday.\n\n"
        + "She set a new record in the 100 metres in Paris on Sunday.\n\n"
        + "The bank withdrew its offer for the insurer on Tuesday."));
  }

  @Test
  void tearGasIsAProtestMetWithForceNotAChemicalWeapon() {
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType(
        "Police fired tear gas at protesters in Caracas on Monday."));
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType(
        "Riot police fired pepper gas at striking dockers in Valparaiso on Tuesday."));
    assertEquals(SubEventType.CHEMICAL_WEAPON, onlyType(
        "Government forces fired chlorine gas shells at rebel positions near Latamneh on Sunday,"
            + " injuring 12 fighters."));
  }

  @Test
  void theBracketedTitleOfAnotherStoryIsNoEvent() {
    List<Event> found = events("Police fired tear gas at protesters in Caracas on Monday.\n\n"
        + "[Gunmen kill five soldiers in attack on army base in Zamfara]\n\n"
        + "The protest ended in the evening.");
    assertEquals(1, found.size(), () -> "events: " + found);
  }

  @Test
  void bombsDroppedFromTheAirAreAnAirStrikeAndOtherThingsDroppedNoEvent() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("Army helicopters dropped bombs on rebel"
        + " camps near Kitui on Monday, killing six fighters."));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("A drone dropped two grenades on an army"
        + " post near Kitui on Monday, wounding a soldier."));
    Event e = events("Army helicopters dropped bombs on rebel camps near Kitui on Monday.").get(0);
    assertTrue(e.actor1().orElseThrow().name().startsWith("Military Forces of Kenya"), e.toString());
    assertTrue(events("Police dropped charges against four protesters in Kitui on Monday.").isEmpty());
    assertTrue(events("The company dropped its plans for a mine near Kitui on Monday.").isEmpty());
  }

  @Test
  void aMobThatBeatsSomeoneIsMobViolenceAndStonesThrownAtPoliceARiot() {
    assertEquals(SubEventType.MOB_VIOLENCE, onlyType(
        "A mob beat a suspected thief to death in Kitui on Monday."));
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, onlyType(
        "Protesters stoned police in Kitui on Monday."));
    assertTrue(events("The singer was stoned on stage in Kitui on Monday, his manager joked.")
        .isEmpty());
  }

  @Test
  void aPlacePoundedWithArtilleryIsShelledAndByWarplanesStruckFromTheAir() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("Government troops pounded the"
        + " rebel stronghold of Kitui with rockets on Sunday."));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("Warplanes pounded rebel positions near"
        + " Kitui on Monday."));
    assertTrue(events("Heavy rain pounded Kitui on Monday.").isEmpty());
  }

  @Test
  void theWeaponOfAnAttackTypesItWhereverTheParserHangsIt() {
    // The parser hangs "with artillery fire" on the camp, not on "targeted".
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("Troops targeted the rebel"
        + " camp with artillery fire outside Kitui on Sunday."));
    assertEquals(SubEventType.ATTACK, onlyType("Gunmen attacked a man with a machete in Kitui on"
        + " Monday."));
  }

  @Test
  void theWeaponThatNamesAnAttackTypesIt() {
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType("Rebels carried out a bomb attack on an"
        + " army patrol near Kitui on Sunday, killing two soldiers."));
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType("Two soldiers were killed in an IED attack"
        + " near Kitui on Sunday."));
    assertEquals(SubEventType.GRENADE, onlyType("A grenade attack on a bar in Kitui on Sunday"
        + " wounded six people."));
    assertEquals(SubEventType.LOOTING, onlyType("Unknown attackers carried out an arson attack on a"
        + " police station in Kitui on Sunday."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("Militants launched a rocket"
        + " attack on the airport in Kitui on Sunday."));
  }

  @Test
  void strikesToldInOtherWordsArePeacefulProtests() {
    for (String text : List.of("Teachers in Nyeri went on strike on Monday.",
        "Workers staged a strike in Nyeri on Monday.",
        "Nurses downed tools in Nyeri on Monday to demand unpaid salaries.",
        "Protesters demanded better roads in Nyeri on Monday.")) {
      assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType(text), text);
    }
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("An air strike on a village near Nyeri"
        + " killed four people on Monday."));
  }

  @Test
  void policeUsingTearGasOrWaterCannonMeetAProtest() {
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType("Police used tear gas against"
        + " protesters in Nyeri on Monday."));
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType("Police used water cannon on"
        + " protesters in Nyeri on Monday."));
  }

  @Test
  void forceThatKillsProtestersIsExcessiveThoughTheDeadAreToldAfter() {
    assertEquals(SubEventType.EXCESSIVE_FORCE, onlyType("Police opened fire on protesters in"
        + " Meru on Monday. Two people were killed."));
    assertEquals(SubEventType.EXCESSIVE_FORCE, onlyType("Police fired tear gas at protesters in"
        + " Nyeri on Monday, killing two."));
  }

  @Test
  void aProjectileThatHitsOrLandsIsShellingAndADroneThatHitsAStrike() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("A missile hit a house in Meru"
        + " on Monday, killing two children."));
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("A rocket landed in Meru on"
        + " Monday, injuring one woman."));
    // A missile that struck is as one that hit: "missile" does not make "struck" an air strike.
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("A missile struck a house in"
        + " Meru on Monday, killing two children."));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("A drone hit an army post in Meru on"
        + " Monday."));
    assertTrue(events("The striker hit the post twice in Meru on Monday.").isEmpty());
  }

  @Test
  void peopleSeizedAreAbductedNotGroundTaken() {
    assertEquals(SubEventType.ABDUCTION, onlyType("Kidnappers seized a Catholic priest in Nyeri on"
        + " Saturday."));
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, onlyType("Rebels seized the"
        + " town of Nyeri on Monday."));
  }

  @Test
  void blazesAndFearsFoughtAndCylindersBurstAreNoEvents() {
    assertTrue(events("Firefighters battled a forest blaze near Nyeri on Monday.").isEmpty());
    assertTrue(events("Oil prices fell on Monday as investors battled fears over demand.").isEmpty());
    assertTrue(events("A gas cylinder exploded in Nyeri on Sunday, killing four people.").isEmpty());
    assertEquals(SubEventType.ARMED_CLASH, onlyType("Soldiers battled militants near Nyeri on"
        + " Sunday."));
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType("A car bomb exploded near a market in"
        + " Nyeri on Sunday, killing four people."));
  }

  @Test
  void aCrowdThatRiotsIsRiotersAndProtestersDetainedAProtestMetWithForce() {
    Event stoned = events("A crowd stoned a police vehicle in Nyeri on Monday.").get(0);
    assertEquals(SubEventType.MOB_VIOLENCE, stoned.subEventType());
    assertEquals("Rioters (Kenya)", stoned.actor1().orElseThrow().name());
    assertEquals(SubEventType.MOB_VIOLENCE, onlyType("A crowd beat a man in Nyeri on Saturday."));
    Event burned = events("A mob burned a woman to death in Nyeri on Sunday.").get(0);
    assertEquals(SubEventType.MOB_VIOLENCE, burned.subEventType());
    assertEquals(1, burned.fatalities());
    Event arson = events("Protesters set fire to a police station in Nyeri on Sunday.").get(0);
    assertEquals("Rioters (Kenya)", arson.actor1().orElseThrow().name());
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType("Police in Nyeri detained 30"
        + " protesters on Sunday."));
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType("A crowd gathered outside the county"
        + " offices in Nyeri on Monday to protest against the governor."));
  }

  @Test
  void gasUsedWithWaterCannonIsTearGas() {
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType("Police used water cannon and"
        + " tear gas to break up a protest outside parliament in Nyeri on Monday."));
  }

  @Test
  void aCurfewImposedIsAStrategicDevelopmentAndOneLiftedNone() {
    Event e = events("Police imposed a dusk-to-dawn curfew in Nyeri on Monday.").get(0);
    assertEquals(SubEventType.OTHER, e.subEventType());
    assertTrue(e.actor1().orElseThrow().name().startsWith("Police Forces of Kenya"));
    assertTrue(events("The curfew was lifted in Nyeri on Monday.").isEmpty());
  }

  @Test
  void aircraftThatFireOrStrikeMakeAnAirStrike() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("Army helicopters fired rockets at rebel"
        + " positions near Hoima on Saturday."));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("Warplanes struck a car near Sumy on"
        + " Sunday."));
  }

  @Test
  void roundsThatFallAndMinesThatAVehicleHitsAreNamedByTheirWeapon() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType("Mortar rounds fell on Sumy on"
        + " Saturday."));
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, onlyType("Two soldiers were killed when their"
        + " vehicle hit an anti-tank mine near Sumy on Sunday."));
  }

  @Test
  void firearmsSeizedAndABombDefusedAreDisruptedWeaponsUse() {
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType("Police seized 3 firearms in Meru on"
        + " Sunday."));
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType("Police defused a bomb planted on a"
        + " road near Meru on Monday."));
  }

  @Test
  void rapeJoinedToAnArrestOrAnAbductionIsSexualViolence() {
    assertEquals(SubEventType.SEXUAL_VIOLENCE, onlyType("Soldiers detained and raped a woman at a"
        + " checkpoint in Meru on Saturday."));
    assertEquals(SubEventType.SEXUAL_VIOLENCE, onlyType("Gunmen kidnapped and raped a schoolgirl"
        + " in Meru on Saturday."));
    // A protest against rape is a protest.
    assertEquals(SubEventType.PEACEFUL_PROTEST, onlyType("A group of NGOs held a sit-in in front"
        + " of parliament in Meru on Monday, demanding a law against all forms of rape."));
  }

  @Test
  void aTownTakenAfterTheOtherSideWithdrewIsOneEventAndProtestersWhoFightPoliceRiot() {
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, onlyType("Rebels seized Meru on"
        + " Sunday after soldiers withdrew."));
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, onlyType("Police and protesters fought running"
        + " battles in Meru on Monday."));
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, onlyType("Bomb disposal experts defused an"
        + " explosive device near Meru on Sunday."));
  }

  @Test
  void aFightWithSticksAndStonesIsARiot() {
    assertEquals(SubEventType.MOB_VIOLENCE, onlyType("Two factions of the ruling party"
        + " clashed with sticks in Meru on Sunday, injuring ten people."));
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, onlyType("Police attacked protesters with"
        + " batons in Meru on Monday."));
  }

  @Test
  void dronesLaunchedAtAPlaceAreAnAirStrike() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE, onlyType("Rebels launched 35 drones at Meru"
        + " overnight, of which 30 were shot down, the air force said."));
    assertTrue(events("The company launched a drone delivery service in Meru on Tuesday.")
        .isEmpty());
  }

  @Test
  void herdsRaidedAreLootingButARaidOnACampIsAFight() {
    assertEquals(SubEventType.LOOTING, onlyType("Gunmen raided more than 400 cattle near Mundri"
        + " on Saturday."));
    assertEquals(SubEventType.ARMED_CLASH, onlyType("Soldiers raided a rebel camp near Mundri on"
        + " Saturday."));
  }
}
