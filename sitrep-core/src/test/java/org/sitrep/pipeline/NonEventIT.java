package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #6: statements that are not reports of an event that took place, each on a sentence
 * written here: what happens as a rule, what someone was sent or had the chance to do, what one
 * party accuses another of.
 */
class NonEventIT {
  private static void noEvents(String text, String expectedReason) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().startsWith(expectedReason)),
        () -> "rejections: " + r.rejections());
  }

  private static void noEventIn(String... texts) {
    for (String text : texts) {
      ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
      assertTrue(r.events().isEmpty(), () -> text + " events: " + r.events());
    }
  }

  private static void oneEvent(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events() + "\nrejections: " + r.rejections());
  }

  @Test
  void aCrowdThatMarchesForJoyIsNoProtest() {
    noEventIn("Students marched through Dhaka on Friday to celebrate their team's cricket victory.",
        "Thousands of fans rallied outside the airport in Kitui on Monday to welcome the team"
            + " home.",
        "Hundreds gathered in Kitui on Sunday to celebrate the anniversary of the town's"
            + " founding.");
    oneEvent("Students marched through Dhaka on Friday to demand the reopening of their college.");
    oneEvent("Teachers marched in Kitui on Monday to celebrate Teachers' Day and to demand a pay"
        + " rise.");
  }

  @Test
  void theWordsOfMarketsAndSportAreNoEvents() {
    noEventIn("Oil prices rallied in Kitui on Monday.",
        "Orlando Pirates stormed to a 3-1 win in Kitui on Sunday.",
        "The striker attacked the defence throughout the match in Kitui on Sunday.",
        "The shilling came under attack from speculators in Kitui on Monday.");
    oneEvent("Football players protested in Kitui on Monday over unpaid wages.");
    oneEvent("Fans attacked police officers outside the stadium in Kitui on Sunday.");
  }

  @Test
  void theWordsOfPoliticsAndMatchesAreNoEvents() {
    noEventIn("Opposition MPs stormed out of parliament in Kitui on Monday.",
        "The minister came under fire from opposition MPs in Kitui on Monday.",
        "The candidate attacked his rival during a televised debate in Kitui on Monday.",
        "The opposition leader launched an attack on the governor's budget in Kitui on Monday.",
        "The national team was bombed out of the qualifiers after a 3-0 defeat in Kitui on Sunday.",
        "Kitui Stars shot down Meru United 3-1 in Kitui on Sunday.",
        "The two rivals clashed in the Kitui derby on Sunday, which ended 1-1.",
        "The governor's office was besieged by journalists in Kitui on Monday.");
    oneEvent("Fans clashed with police after a football match in Kitui on Sunday.");
    oneEvent("Police fired tear gas at fans during the derby in Kitui on Sunday.");
    oneEvent("Protesters stormed out of the square and attacked a police station in Kitui on"
        + " Monday.");
    oneEvent("Gunmen attacked the governor during a speech in Kitui on Monday, killing two guards.");
    oneEvent("Rebels attacked an army post near Kitui on Monday, killing four soldiers and injuring"
        + " 5-6, in a village.");
  }

  @Test
  void aClaimTheOtherSideDeniedAndAStateThatHasLastedMonthsAreNoEvents() {
    noEvents("The rebels said the army had attacked unarmed farmers near Kitui on Monday, a claim"
        + " the army denied.", "alleged");
    noEvents("The group said three of its supporters were killed by police fire in Kitui on"
        + " Monday, a claim denied by the government.", "alleged");
    noEvents("Kitui has been cut off for months by fighting between two gangs.", "habitual");
  }

  @Test
  void lastJulyIsHistoryInAReportOfMay() {
    ExtractionResult r = SharedPipeline.extract("Gunmen killed 11 people at a party in Kitui on"
        + " Saturday. Last July, gunmen killed 27 people at a rehabilitation centre in Meru.",
        "2021-05-04");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals(11, r.events().get(0).fatalities());
  }

  @Test
  void anEventNamedByAPastYearIsHistory() {
    noEvents("Survivors of a 2016 attack on a mosque in Kitui met the president on Monday.",
        "historical");
    // An act men are sentenced for is one done before, whatever its year (LinkedActsIT).
    noEvents("A court sentenced five men to death on Monday for a 2016 attack on a mosque in"
        + " Kitui.", "refers to an event the report does not tell");
    noEvents("A film about the 1976 uprising, in which police shot dead hundreds of pupils in"
        + " Kitui, premiered on Monday.", "historical");
  }

  @Test
  void deathsInAMishapAreNoEventButAMineHitIs() {
    for (String text : java.util.List.of(
        "Twelve people were killed when a bus plunged into a ravine near Kitui on Monday.",
        "Two soldiers were killed when their vehicle overturned near Kitui on Monday.")) {
      ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
      assertTrue(r.events().isEmpty(), () -> text + " events: " + r.events());
    }
    oneEvent("Two soldiers died when the truck they rode in struck a landmine near Kitui on Monday.");
    oneEvent("Three people were killed when gunmen opened fire on a bus near Kitui on Monday.");
  }

  @Test
  void thePresentTenseOfAStatisticIsNoEvent() {
    noEvents("In the camps around Maiduguri, 12 people are killed and 30 are injured every week.", "habitual");
  }

  @Test
  void aGroupDescribedByWhatItIsDoingIsNoEvent() {
    // The parser hangs the relative clause on the verb of blame, not on the group.
    noEvents("Police blamed dissidents of the former rebel group, who are fighting for control of"
        + " drug routes in the area near Jamundi.", "habitual");
  }

  @Test
  void aPurposeIsNoEvent() {
    noEvents("Troops were deployed to Zamfara state to repel attacks by bandits.", "intended");
  }

  @Test
  void aClauseThatIsDeniedIsNoEventThoughOneThatIsSaidIs() {
    noEvents("Police denied that officers attacked protesters in Zomba on Friday.", "negated");
    noEvents("Police rejected claims that officers attacked protesters in Zomba on Friday.",
        "negated");
    noEvents("The army dismissed reports that soldiers had shelled the village of Kuma on Friday.",
        "negated");
    oneEvent("The army said soldiers had shelled rebel positions near Kuma on Friday.");
  }

  @Test
  void aChanceIsNoEvent() {
    noEvents("The collapse of the truce gave the rebels the opportunity to attack Goma.", "intended");
  }

  @Test
  void aDispositionIsNoEvent() {
    noEvents("The commander said his men were ready to shell the town of Kafr Nabl.", "intended");
  }

  @Test
  void anAccusationIsNoEvent() {
    noEvents("The opposition accused the army of shelling the village of Kafr Nabl.", "alleged");
  }

  @Test
  void whatAToolWasUsedForHappened() {
    oneEvent("Militants used drones to attack an army base in Hama on Monday.");
  }

  @Test
  void whatSomeoneWentOnToDoHappened() {
    oneEvent("The gunmen went on to kill four soldiers near Gao on Monday.");
  }

  @Test
  void aWarLongTollIsNoEvent() {
    noEvents("An estimated 12,000 people have been killed in Tigray, according to aid groups.", "total over many events");
    noEvents("At least 40 journalists have been killed since the war began in March.", "total over many events");
    noEvents("More than 300 people have been killed in the region so far this year.", "total over many events");
    noEvents("By the end of 2019, 210 soldiers had been killed in Mopti.", "total over many events");
  }

  @Test
  void aTollOverMonthsOfProtestIsNoEvent() {
    ExtractionResult r = SharedPipeline.extract(
        "About 60 people have died in four months of street protests in Khartoum.", "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
  }

  @Test
  void theLeadOfAnAttackInThePerfectTenseIsAnEvent() {
    oneEvent("At least 10 people have been killed in an attack on a market in Maiduguri, police said.");
  }

  @Test
  void theCrimeBehindATrialIsBackground() {
    ExtractionResult r = SharedPipeline.extract("Man Pleads Guilty Over Market Bombing\n\n"
        + "A man accused of helping plan the bombing of a market in Kano pleaded guilty on Tuesday in a federal "
        + "court. The blast killed 12 people and wounded dozens. Prosecutors said the man bought the "
        + "explosives. He will be sentenced in June.", "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("background of a court report")),
        () -> "rejections: " + r.rejections());
  }

  @Test
  void anAnniversaryPieceTellsNoNews() {
    ExtractionResult r = SharedPipeline.extract("Relatives gathered in Peshawar on Monday to mark the "
        + "anniversary of the school massacre. On 16 December 2014, gunmen stormed the school and killed 132 "
        + "pupils. The attackers were killed by troops after a siege that lasted eight hours.", "2024-12-16");
    assertTrue(r.events().stream().noneMatch(e -> e.fatalities() > 0), () -> "events: " + r.events());
  }

  /** Two neighbourhoods that clash over a plot of land are no one person's crime against another. */
  @Test
  void neighbourhoodsThatClashOverLandAreNoOrdinaryCrime() {
    ExtractionResult r = SharedPipeline.extract("Police officers hurt in Mwanza land clashes\n\n"
        + "Three police officers were wounded on Thursday when residents of two neighbourhoods in"
        + " Mwanza fought with machetes over a disputed plot of land.", "2024-06-14");
    assertTrue(!r.events().isEmpty(), () -> "rejections: " + r.rejections());
  }

  @Test
  void anOrdinaryCrimeIsNoEvent() {
    noEvents("Police in Eldoret arrested a man on Saturday after a robbery at a petrol station. Officers shot the "
        + "suspect in the leg when he pointed a knife at them, a police commander said.", "ordinary crime");
  }

  @Test
  void violenceAgainstPeopleToldAsThemIsNoPrivateQuarrel() {
    // "them" is more than one person, as "a family" or "traders" are: coded whatever the motive.
    Event e = SharedPipeline.only("A gunman who had quarrelled with his relatives over a debt"
        + " opened fire on them in Kisumu on Sunday, killing three.", "2024-05-08");
    assertEquals(SubEventType.ATTACK, e.subEventType(), e::toString);
  }

  @Test
  void actsToldAsCommonOrNumerousAreAStateOfAffairs() {
    noEvents("Kidnappings are commonplace in the border districts of Kivu.", "habitual");
    noEvents("In Kandahar, ambushes on police convoys are a regular occurrence.", "habitual");
    noEvents("The province of Kandahar has seen numerous bombings targeting police posts.",
        "habitual");
  }

  @Test
  void aPoliticalArrestIsAnEvent() {
    oneEvent("Police in Addis Ababa arrested three journalists on Saturday after they reported on the war, "
        + "their employer said.");
  }

  @Test
  void injuriesWithNoActOfViolenceAreNoEvent() {
    noEvents("Three hikers injured as rock slide hits trail near Innsbruck.",
        "injuries with no act of violence");
    // A striker's injury is sport's: no trigger is read at all, so nothing is rejected either.
    assertTrue(SharedPipeline.extract("The striker has been out with a knee injury since Tuesday,"
        + " his club said in Leeds.", "2024-05-08").events().isEmpty());
    // Injuries told with an act are part of it; "wounded" says weapons did it.
    oneEvent("Gunmen attacked a checkpoint near Dori on Tuesday. Three soldiers were injured.");
    oneEvent("Three soldiers were wounded near Dori on Tuesday.");
    // A death counted beside injuries is no act either; "his injuries" are the cyclist's own.
    noEvents("A cyclist died of his injuries in Leeds on Sunday after the collision.",
        "injuries with no act of violence");
  }

  @Test
  void deathsWhenAQuakeStruckAreNoEvent() {
    assertTrue(SharedPipeline.extract("Four villagers were killed and 60 injured when the earthquake "
        + "struck the coast of Sumatra on Monday.", "2024-05-08").events().isEmpty());
    // An explosion may be a bomb: it stays an event.
    oneEvent("Five people were killed when an explosion ripped through a market in Kabul on Monday.");
  }

  @Test
  void aClashWithNothingOfItsOwnStandsOnTheTollToldWithIt() {
    String lead = "On Monday, in Nairobi, police mounted an operation against a drug gang in Kibera. ";
    ExtractionResult r = SharedPipeline.extract(lead + "A shoot-out followed in which two suspects died"
        + " and another was hurt.", "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events() + "\nrejections: " + r.rejections());
    assertEquals(2, r.events().get(0).fatalities());
    noEvents(lead + "A shoot-out followed.", "no place, date, count or named actor");
  }

  @Test
  void aShootersRecordAndAKillSwitchAreNoEvents() {
    assertTrue(SharedPipeline.extract("The guard scored 31 points on 11-for-15 shooting in Denver on "
        + "Friday.", "2024-05-08").events().isEmpty());
    assertTrue(SharedPipeline.extract("The rookie forward is shooting 44.2% from three this season.",
        "2024-05-08").events().isEmpty());
    assertTrue(SharedPipeline.extract("The guard kept attacking the rim in Miami on Tuesday.", "2024-05-08")
        .events().isEmpty());
    assertTrue(SharedPipeline.extract("The router's firmware adds a kill switch for parental controls.", "2024-05-08")
        .events().isEmpty());
    assertTrue(SharedPipeline.extract("The striker thwarted their title ambitions in Manchester on Tuesday.",
        "2024-05-08").events().isEmpty());
    oneEvent("A shooting at a market in Kano on Tuesday killed three people.");
    oneEvent("Troops thwarted an attack on a checkpoint near Dori on Tuesday.");
  }

  @Test
  void aHeadlinesPassiveWithoutWereNamesTheVictims() {
    ExtractionResult r = SharedPipeline.extract("Five soldiers killed in ambush near Dori.", "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    assertEquals(5, r.events().get(0).fatalities());
    assertEquals("Military Forces of Burkina Faso (2022-)",
        r.events().get(0).actor2().map(a -> a.name()).orElse(""));
  }

  @Test
  void aDisastersRisingTollIsNoEvent() {
    assertTrue(SharedPipeline.extract("The death toll from the earthquake in Herat rose to 2,000 on Monday.",
        "2024-05-08").events().isEmpty());
    assertTrue(SharedPipeline.extract("Gunmen killed 1,200 villagers in Zamfara in 2021.", "2024-05-08")
        .events().isEmpty());
  }

  @Test
  void aTollComparedIsNoEventButTheAttackToldBeforeIs() {
    List<Event> found = SharedPipeline.extract("Rebels attacked an army post near Nyeri on Monday."
        + " The group has killed more civilians this year than the army did in a decade.",
        "2021-05-04").events();
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals(SubEventType.ARMED_CLASH, found.get(0).subEventType());
  }

  @Test
  void anAttackCondemnedIsAnEventOnlyWhenItsPlaceOrDeadAreTold() {
    assertTrue(SharedPipeline.extract("The president condemned Sunday's attack.", "2021-05-04")
        .events().isEmpty());
    assertEquals(1, SharedPipeline.extract("The president condemned Sunday's attack in Nyeri that"
        + " killed five people.", "2021-05-04").events().size());
  }

  @Test
  void actsToldAsGrowingMoreFrequentAreATrendNotAnEvent() {
    noEventIn("The Taliban have stepped up attacks on security forces in Kitui in recent weeks.",
        "Rebels have intensified raids on villages around Kitui.");
    oneEvent("Rebels intensified their attacks on Monday, killing five soldiers in Kitui.");
  }

  /** "has repeatedly targeted convoys": a practice up to now; "repeatedly attacked" on a day is one. */
  @Test
  void actsDoneAgainAndAgainUpToNowAreAPractice() {
    noEventIn("No group has claimed the bombing, but al-Shabaab is active in the area and has"
        + " repeatedly targeted convoys on the road to Beledweyne.",
        "Al-Shabaab has repeatedly attacked convoys on the road to Beledweyne.");
    oneEvent("Al-Shabaab fighters repeatedly attacked an army convoy near Beledweyne on Monday.");
  }

  /** "clashed over the budget": words about an idea, not a fight ("clashed over land" is one). */
  @Test
  void aClashOverABudgetIsNoFight() {
    noEventIn("Ruling party and opposition lawmakers clashed over the budget in parliament in"
        + " Hoima on Monday.");
  }

  /** "No one was arrested", "without a fight": an act done to no one, or not done. */
  @Test
  void anActDoneToNoOneOrWithoutIsNone() {
    ExtractionResult r = SharedPipeline.extract("Soldiers seized 30 rifles on Saturday in a raid"
        + " on a rebel camp near Kitui. No one was arrested.", "2024-05-08");
    assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE),
        r.events().stream().map(Event::subEventType).toList(), () -> "events: " + r.events());
    ExtractionResult entered = SharedPipeline.extract("Soldiers moved into the town of Kitui on"
        + " Friday without a fight after the rebels who had held it withdrew.", "2024-05-08");
    assertTrue(entered.events().stream()
        .noneMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH), () -> "events: "
        + entered.events());
  }

  /** "will hold a rally ... to protest": the protest is the rally's, and as yet to come. */
  @Test
  void aProtestARallyIsToBeHeldForIsNotYetOne() {
    noEventIn("Opposition parties will hold a rally in Kitale on Thursday to protest the arrests.");
    // Held already, the rally is the protest.
    assertEquals(1, SharedPipeline.extract("Hundreds of traders gathered in Kitale on Monday to"
        + " protest the new tax.", "2024-05-08").events().size());
  }

  /** A word of violence that is what someone calls something is a name, not an act. */
  @Test
  void whatSomeoneCallsAMassacreIsNoneByThatWord() {
    noEventIn("The home side thrashed the visitors 5-0 in Kitale on Sunday in a game that"
            + " supporters called a massacre.",
        "Teachers' unions branded the new pay scale a war on the profession on Monday.",
        "The mayor described the closure of the market in Kitale as an attack on traders.");
    // The act named so is told by its own words.
    Event named = SharedPipeline.only("Gunmen shot dead 14 herders near Kitale on Sunday in"
        + " what rights groups called a massacre.", "2024-05-08");
    assertEquals(14, named.fatalities(), named::toString);
  }

  /** Strikes called in are delivered, not intended; strikes called for are not yet made. */
  @Test
  void airStrikesCalledInAreMadeAndThoseCalledForAreNot() {
    oneEvent("Troops pinned down near Kitale called in air strikes on the attackers on Sunday.");
    noEventIn("Opposition MPs called for air strikes on the rebels near Kitale on Sunday.");
  }
}
