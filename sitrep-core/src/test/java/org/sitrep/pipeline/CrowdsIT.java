package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: a crowd's violence is a violent demonstration when the story tells of a
 * demonstration (a protest, a march, people demanding something), and mob violence when it does
 * not, by ACLED's definitions; youths, citizens and rival groups with no arms named are a crowd,
 * not an armed group; police who intervene in or charge a protest meet it. Each on a report
 * written here.
 */
class CrowdsIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2024-06-05");
  }

  @Test
  void aCrowdsViolenceIsAViolentDemonstrationOnlyWhereADemonstrationIsTold() {
    assertEquals(SubEventType.MOB_VIOLENCE, only("Villagers pelted police with stones in Kitale on"
        + " Monday after officers tried to arrest a man accused of theft.").subEventType());
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, only("Residents blocked the main road in"
        + " Kitale with burning tyres on Monday to demand the repair of a bridge, and pelted police"
        + " with stones.").subEventType());
    Event stoning = only("Traders protesting against a new market levy threw stones at police in"
        + " Kitale on Monday.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, stoning.subEventType());
    assertEquals(1, stoning.actor2().orElseThrow().inter(), "the police, not the stones or the"
        + " protesters themselves");
  }

  @Test
  void youthsAndRivalGroupsWithNoArmsNamedAreACrowd() {
    for (String text : List.of(
        "On 3 June 2024, youths attacked a police patrol in Kisumu, injuring an officer.",
        "On 3 June 2024, two groups clashed in Garissa after a dispute over a water point, leaving"
            + " nine people injured.")) {
      Event riot = only(text);
      assertEquals(SubEventType.MOB_VIOLENCE, riot.subEventType(), text);
      assertEquals(5, riot.actor1().orElseThrow().inter(), text);
    }
    Event fight = only("On 3 June 2024, armed men clashed with police in Garissa, leaving two"
        + " officers dead.");
    assertEquals(SubEventType.ARMED_CLASH, fight.subEventType());
  }

  @Test
  void policeWhoInterveneOrChargeAProtestMeetIt() {
    for (String text : List.of(
        "Workers held a protest in Kochi on Monday demanding unpaid wages. Police resorted to a"
            + " lathi charge to disperse the protesters.",
        "About 40 factory workers demonstrated outside the plant in Gqeberha on Monday, demanding"
            + " their wages. Police intervened.")) {
      assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only(text).subEventType(), text);
    }
    // A charge named by its weapon: the police are the second side, the crowd the first.
    Event charged = only("Police baton-charged dozens of nurses who were protesting outside the"
        + " health office in Mymensingh on Monday over unpaid allowances.");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, charged.subEventType());
    assertEquals(6, charged.actor1().orElseThrow().inter());
    assertEquals(1, charged.actor2().orElseThrow().inter());
    // Where no protest is told, police who intervene met none.
    assertEquals(SubEventType.MOB_VIOLENCE, only("Police intervened after a man was attacked by a"
        + " mob in Kisii on Monday.").subEventType());
  }

  @Test
  void aFightThatNamesNoMakerToldInADemonstrationIsItsRiot() {
    Event riot = only("On 3 June 2024, youths protesting against fuel prices blocked roads in"
        + " Kisumu and hurled stones at soldiers trying to reopen them, and the two sides"
        + " clashed.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, riot.subEventType());
    // A fight whose sides are named is their own.
    List<Event> two = SharedPipeline.extract("On 3 June 2024, teachers marched in Kisumu to demand"
        + " unpaid salaries, while soldiers clashed with Al-Shabaab militants near Mandera.",
        "2024-06-05").events();
    assertEquals(2, two.size(), () -> "events: " + two);
    assertEquals(SubEventType.PEACEFUL_PROTEST, two.get(0).subEventType());
    assertEquals(SubEventType.ARMED_CLASH, two.get(1).subEventType());
  }

  @Test
  void damageNoOneElseDoesInTheSentenceOfAMarchIsTheMarchers() {
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, only("Hundreds of students marched through"
        + " Valparaiso on Monday against fare rises, and some broke the windows of a bank and set a"
        + " bus shelter on fire.").subEventType());
    // So when what they damaged is a site the act's words would otherwise join to the march.
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, only("Several hundred teachers marched in"
        + " Kasungu on Monday over unpaid wages, and some set a bus station on fire.")
        .subEventType());
    // But damage told in the passive, with no one said to have done it, may be the cause.
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Residents of Kasungu protested on Monday to"
        + " demand the release of two men who were arrested after a lorry was looted.")
        .subEventType());
    // Others named for the damage keep it theirs: the march stays peaceful.
    List<Event> events = SharedPipeline.extract("Hundreds of traders marched peacefully through"
        + " Kitale on Monday, while council workers demolished the houses of squatters near the"
        + " river.", "2024-06-05").events();
    assertEquals(SubEventType.PEACEFUL_PROTEST, events.get(0).subEventType(), events::toString);
  }

  @Test
  void peopleArrestedWhoAreNamedAsTheProtestersWereIsAnIntervention() {
    for (String text : List.of(
        "Students at the university in Oruro blocked the main highway on Thursday to demand the"
            + " resignation of the rector. Police removed the blockade in the afternoon and"
            + " detained 15 students.",
        "Hundreds of traders marched through Embu on Monday against new market fees. Police"
            + " arrested four traders outside the county offices.")) {
      assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only(text).subEventType(), text);
    }
  }

  @Test
  void rubberBulletsFiredAtACrowdMeetItAndAreNoBattle() {
    Event met = only("Police fired rubber bullets at students protesting against fees outside"
        + " the university in Eldoret on Monday.");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, met.subEventType());
    Event riot = only("Traders threw stones at police in Eldoret on Monday. Police fired plastic"
        + " bullets.");
    assertEquals(SubEventType.MOB_VIOLENCE, riot.subEventType());
    assertEquals("Rioters (Kenya)", riot.actor1().orElseThrow().name(),
        "the riot's makers, whatever the police's response called them");
  }

  @Test
  void aCrowdDispersedIsTheProtestAndTheWordsThatNameItAreItsEvidence() {
    // The crowd is the object of the purpose clause, not the maker's subject.
    Event e = only("Gendarmes fired tear gas to disperse about 200 traders in Kindia on Monday.");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subEventType(), e::toString);
    assertTrue(e.evidence().stream().filter(v -> v.field().equals("actor1"))
        .map(v -> v.text()).findFirst().orElse("").endsWith("traders"), e::toString);
    // With no crowd named, the act's words stand for it, not the police's name.
    Event none = only("Gendarmes fired tear gas in Kindia on Monday.");
    assertTrue(none.evidence().stream().filter(v -> v.field().equals("actor1"))
        .allMatch(v -> v.note().startsWith("no crowd named")), none::toString);
  }

  @Test
  void aProtestWhosePeopleWereArrestedWasMetWithIntervention() {
    Event e = only("Hundreds of farmers blocked a highway near Eldoret on Tuesday to demand higher"
        + " crop prices. Police later cleared the road and detained 40 of them.");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subEventType());
    assertEquals(40, e.captured());
  }

  @Test
  void anArrestOfPeopleWhoWereProtestingIsTheProtestMetWithIt() {
    for (String text : List.of(
        "Police detained dozens of nurses who had gathered outside the health ministry in Ndola on"
            + " Tuesday to protest against unpaid allowances.",
        "Soldiers arrested 25 traders who were protesting against a new levy in Kasama on"
            + " Tuesday.")) {
      Event e = only(text);
      assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subEventType(), text);
      assertEquals(6, e.actor1().orElseThrow().inter(), text);
      assertTrue(e.actor2().orElseThrow().inter() == 1, text);
    }
    // An arrest the protest was held against leaves them two events.
    List<Event> two = SharedPipeline.extract("Police arrested an opposition leader in Ndola on"
        + " Tuesday. His supporters gathered outside the police station to protest against the"
        + " arrest.", "2024-06-05").events();
    assertTrue(two.stream().anyMatch(e -> e.subEventType() == SubEventType.ARRESTS), two::toString);
  }

  @Test
  void inmatesWhoBurnAndFightToProtestRiotAsOneCrowd() {
    Event e = only("Inmates at the main prison in Kabwe set mattresses on fire and clashed with"
        + " warders on Sunday to protest against overcrowding.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, e.subEventType());
    assertEquals(5, e.actor1().orElseThrow().inter(), "the inmates are the rioters");
    assertEquals(1, e.actor2().orElseThrow().inter(), "the warders are the state's");
  }

  @Test
  void forceUsedOnAMarchIsUsedOnItsProtesters() {
    // "they" who opened fire are the soldiers, not the protesters they fired on; the month's name
    // does not hide the lower-case march.
    Event e = only("Soldiers shot dead three protesters and wounded four others when they opened"
        + " fire on a peaceful march in Monywa on Sunday, witnesses said.");
    assertEquals(SubEventType.EXCESSIVE_FORCE, e.subEventType());
    assertEquals(6, e.actor1().orElseThrow().inter(), "the protesters, as ACLED puts them first");
    assertEquals(1, e.actor2().orElseThrow().inter());
    for (String text : List.of(
        "Soldiers opened fire on a peaceful march in Monywa on Sunday.",
        "Police opened fire on a crowd of demonstrators in Kitale on Tuesday.")) {
      Event fired = only(text);
      assertEquals(6, fired.actor1().orElseThrow().inter(), text);
      assertEquals(1, fired.actor2().orElseThrow().inter(), text);
    }
    // The procession drivers held is their protest, with no other side.
    Event held = only("Taxi drivers held a protest procession through the centre of Kitale on"
        + " Tuesday against a rise in fuel tax.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, held.subEventType());
    assertTrue(held.actor2().isEmpty(), held::toString);
    // Gunmen who fire on a rally attack the civilians gathered there.
    Event rally = only("Gunmen opened fire on a campaign rally in Kitale on Tuesday.");
    assertEquals(SubEventType.ATTACK, rally.subEventType());
    assertEquals(7, rally.actor2().orElseThrow().inter());
  }

  @Test
  void aDeathACrowdProtestsIsNotAmongItsDead() {
    assertEquals(0, only("Angry residents burned tyres and blocked the main road in Kericho on"
        + " Monday to protest the killing of a motorcycle taxi driver by police.").fatalities());
  }

  @Test
  void whatAProtestDemandsIsNoEventOfItsOwn() {
    ExtractionResult r = SharedPipeline.extract("Hundreds of displaced people protested outside"
        + " the UN compound in Bambari on Monday, demanding better protection from militia"
        + " attacks.", "2024-06-05");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals(SubEventType.PEACEFUL_PROTEST, r.events().get(0).subEventType());
  }

  @Test
  void whatAPeacefulProtestIsAgainstIsNoSideOfIt() {
    Event e = only("Hundreds of residents took to the streets of Gonaives on Monday to protest"
        + " against gang violence, burning tyres and blocking roads.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, e.subEventType());
    assertTrue(e.actor2().isEmpty(), e::toString);
  }

  /**
   * Smoke and stun grenades are how police met a crowd, not grenade attacks; and a rally the
   * tagger read as a verb ("Peaceful rallies/VBZ took a turn") is the protest they met.
   */
  @Test
  void smokeAndStunGrenadesDisperseACrowdAndAreNoGrenadeAttack() {
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only("Peaceful rallies in Leeds took a "
        + "turn on Tuesday evening as officers fired smoke grenades and pepper spray to scatter crowds.")
        .subEventType());
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only("Riot police fired stun grenades "
        + "at students who blocked a road in Leeds on Tuesday.").subEventType());
    assertEquals(SubEventType.GRENADE, only("A man threw a grenade at a bar in Leeds on Tuesday, "
        + "wounding three people.").subEventType());
  }

  /**
   * A smoke or flash grenade fired or used on a crowd disperses it, whatever verb tells it; smoke
   * alone is no weapon ("used smoke to cover their retreat").
   */
  @Test
  void smokeGrenadesFiredOrUsedOnACrowdAreIntervention() {
    SharedPipeline.eachTyped(SubEventType.PROTEST_WITH_INTERVENTION, "2024-06-08",
        "Police fired smoke grenades at marchers in Zomba on Saturday.",
        "Hundreds of traders rallied in Zomba on Saturday until officers used flash grenades on"
            + " them.");
    SharedPipeline.noEventIn("2024-06-08", "Soldiers used smoke to cover their withdrawal from a hill near"
        + " Kitgum on Saturday.");
  }

  /**
   * People who fight each other with machetes over land fight, they do not quarrel; a crowd that
   * fought itself has rioters on both sides. Fighting over a budget with no arms is a quarrel.
   */
  @Test
  void aFightWithArmsInHandOverLandIsRiotersOnBothSides() {
    Event e = only("Residents of two neighbourhoods in Moroto fought with machetes on Thursday"
        + " over a disputed plot of land.");
    assertEquals(SubEventType.MOB_VIOLENCE, e.subEventType(), e::toString);
    assertTrue(e.actor1().map(a -> a.name().startsWith("Rioters")).orElse(false), e::toString);
    assertTrue(e.actor2().map(a -> a.name().startsWith("Rioters")).orElse(false), e::toString);
    SharedPipeline.noEventIn("2024-06-05", "Opposition and ruling party lawmakers fought over the"
        + " budget in Moroto on Thursday.");
  }

  /** "He" is one person, never the lawyers who protested: no one of the crowd was arrested. */
  @Test
  void heIsNotTheCrowdNamedBefore() {
    Event e = only("On Monday, lawyers held a protest in Multan against the arrest of a senior"
        + " judge. He was arrested in connection with a land case.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, e.subEventType(), e::toString);
  }

  @Test
  void forceUsedToDisperseACrowdIsTheActTold() {
    Event e = only("Police fired live rounds to disperse protesters in Kassala on Monday, killing"
        + " two.");
    assertEquals(SubEventType.EXCESSIVE_FORCE, e.subEventType(), e::toString);
    assertEquals(2, e.fatalities(), e::toString);
  }

  @Test
  void shotsFiredIntoTheAirToDisperseACrowdAreIntervention() {
    // With no object on "fired", the dispersal was read as only intended, so no one met the crowd.
    Event e = only("Hundreds of traders protested in Agadez on Monday against a new tax. Soldiers"
        + " fired into the air to disperse them, witnesses said.");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subEventType(), e::toString);
    assertEquals(1, e.actor2().orElseThrow().inter(), e::toString);
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only("Police shot in the air to disperse"
        + " students who had barricaded a bridge in Zinder on Monday.").subEventType());
  }

  @Test
  void theStatesFireJustAfterADemonstrationIsTheForceUsedOnIt() {
    Event riot = only("Traders protesting a new levy stormed the county offices in Kitui on Tuesday"
        + " and set a car on fire. Police opened fire and at least three people were shot dead.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, riot.subEventType());
    assertEquals(3, riot.fatalities());
    assertEquals(1, riot.actor2().orElseThrow().inter());
    Event march = only("Hundreds of teachers marched peacefully through Hoima on Monday to demand"
        + " higher pay. Police opened fire and two people were shot dead, witnesses said.");
    assertEquals(SubEventType.EXCESSIVE_FORCE, march.subEventType());
    assertEquals(2, march.fatalities());
  }

  /** Police who fire on rioters meet a riot: the rioters' first, the police the other side. */
  @Test
  void forceOnRiotersIsTheRiot() {
    Event mob = only("Police opened fire on rioters in Gombe on Monday, killing three people.");
    assertEquals(SubEventType.MOB_VIOLENCE, mob.subEventType(), mob::toString);
    assertEquals(5, mob.actor1().orElseThrow().inter(), mob::toString);
    assertEquals(1, mob.actor2().orElseThrow().inter(), mob::toString);
    assertEquals(3, mob.fatalities(), mob::toString);
    Event riot = only("Hundreds of students protesting fee increases blocked roads and burned tyres"
        + " in Gombe on Monday. Police opened fire on the rioters, killing three people.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, riot.subEventType(), riot::toString);
    assertEquals(3, riot.fatalities(), riot::toString);
  }

  /** "The crowd later dispersed peacefully": no one dispersed it, so no one intervened. */
  @Test
  void aCrowdThatGoesHomeWasMetByNoOne() {
    Event protest = only("About 300 traders protested outside the municipal office in Hoima on"
        + " Saturday. The crowd later dispersed peacefully.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, protest.subEventType(), protest::toString);
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only("About 300 traders protested"
        + " outside the municipal office in Hoima on Saturday before police dispersed the"
        + " crowd.").subEventType());
    // Whoever gathered may go home: nurses, farmers, the hundreds of a crowd.
    Event nurses = only("Dozens of nurses blocked the main gate of the hospital in Hoima on"
        + " Saturday to demand back pay, but dispersed after the director met them.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, nurses.subEventType(), nurses::toString);
    // A gerund of the crowd's own account, which the parser hung on the slogans.
    Event march = only("Hundreds of residents staged a rare protest in Lashio on Sunday against"
        + " forced conscription, marching through the town centre and chanting slogans before"
        + " dispersing peacefully.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, march.subEventType(), march::toString);
  }

  /**
   * Fireworks thrown at police make a march violent, and police who respond with water cannon
   * meet it: the words of throwing named no fireworks, and a response with a crowd's weapons
   * was no act.
   */
  @Test
  void fireworksThrownAtPoliceAndTheirResponseMakeAMarchARiot() {
    Event riot = only("Thousands of people marched through Rennes on Thursday against the pension"
        + " reform. Toward the end of the march, masked protesters threw fireworks at police, and"
        + " officers responded with water cannon.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, riot.subEventType(), riot::toString);
    assertEquals(1, riot.actor2().orElseThrow().inter(), riot::toString);
  }

  /** "About 3,000 miners had marched": a crowd's size with a perfect tense is no war's toll. */
  @Test
  void aLargeCrowdThatHadMarchedIsAProtest() {
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("On Sunday, about 3,000 miners had marched"
        + " peacefully through central Hoima to the district offices.").subEventType());
  }

  /** "The protests turned violent in Qqq": the verb's place is the protests', another town's. */
  @Test
  void protestsThatTurnedViolentElsewhereAreAnotherTownsProtest() {
    ExtractionResult r = SharedPipeline.extract("In Kitale, about 200 people marched peacefully on"
        + " Monday to the county offices. The protests turned violent in Kitui on Monday evening,"
        + " when demonstrators pelted a police vehicle with stones.", "2025-06-10");
    List<Event> e = r.events();
    assertTrue(e.stream().anyMatch(x -> x.subEventType() == SubEventType.PEACEFUL_PROTEST
        && x.place().map(p -> p.name().equals("Kitale")).orElse(false)), () -> "events: " + e);
    assertTrue(e.stream().anyMatch(x -> x.subEventType() == SubEventType.VIOLENT_DEMONSTRATION
        && x.place().map(p -> p.name().equals("Kitui")).orElse(false)), () -> "events: " + e);
  }

  @Test
  void aCrowdThatLootsRiotsAndSoDoThoseWhoRampageLooting() {
    // Civilians make no act in ACLED's coding: a crowd that loots is rioters, and with no
    // demonstration told their looting is mob violence, not looting by civilians.
    for (String text : List.of(
        "Angry residents looted shops in Kumbo on Friday.",
        "Hundreds of youths rampaged through the town of Kumbo on Friday, looting shops and"
            + " burning cars.")) {
      Event e = only(text);
      assertEquals(SubEventType.MOB_VIOLENCE, e.subEventType(), text);
      assertEquals("Rioters (Cameroon)", e.actor1().map(a -> a.name()).orElse("<none>"), text);
    }
    // Soldiers who do the same destroy property.
    assertEquals(SubEventType.LOOTING, only("Soldiers went on the rampage in Kumbo on Friday,"
        + " looting shops and burning houses.").subEventType());
  }

  @Test
  void unknownPeopleAreUnidentifiedMakersNotACrowd() {
    // Whoever no report can name, but who burns or shoots, bears arms or acts in secret: no
    // crowd's riot and no civilians' act.
    Event arson = only("Unknown people set fire to a car in Kumbo on Friday.");
    assertEquals(SubEventType.LOOTING, arson.subEventType());
    assertTrue(arson.actor1().map(a -> a.name()).orElse("").startsWith("Unidentified Armed Group"),
        arson::toString);
    Event killing = only("Unknown people shot dead a trader in Kumbo on Friday.");
    assertEquals(SubEventType.ATTACK, killing.subEventType());
  }

  @Test
  void aBlockadeJoinedToAnotherActSharesItsCrowd() {
    // "Lorry drivers" is the subject of the first verb only, in the words of the parse.
    Event e = only("Lorry drivers stopped work and blocked the ring road in Juticalpa on Monday.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, e.subEventType());
    assertEquals("Protesters (Honduras)", e.actor1().orElseThrow().name());
  }
}
