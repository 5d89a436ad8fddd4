package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/**
 * Issue #6: events told beyond an active verb (in the passive, as nouns, in participle and
 * relative clauses, in headlines and lists), and a wave over several towns, each on a short report
 * written here.
 */
class DetectionIT {
  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, "2024-05-08").events();
  }

  private static Event only(String text) {
    List<Event> e = events(text);
    assertEquals(1, e.size(), () -> "events: " + e);
    return e.get(0);
  }

  @Test
  void aKillingToldAsANounIsAnEvent() {
    Event e = only("The killing of four soldiers near Menaka on Monday drew condemnation from the government.");
    assertEquals(4, e.fatalities());
  }

  @Test
  void aSiegeToldInThePassiveIsAnEventWithItsAgent() {
    Event e = only("The parliament building in Dhaka was besieged by police on Monday, who fired teargas at "
        + "the crowd.");
    assertEquals(EventType.PROTESTS, e.eventType(), () -> "event: " + e);
  }

  @Test
  void anExplosionAtAPlaceIsAnEvent() {
    Event e = only("An explosion at a market in Maiduguri on Monday killed five people, police said.");
    assertEquals(5, e.fatalities());
    assertEquals("Maiduguri", e.place().map(Place::name).orElse(""));
  }

  @Test
  void aWaveOverThreeTownsIsOneEventInEach() {
    List<Event> e = events("Bombs exploded at markets in Konduga, Bama and Gwoza on Monday, killing seven "
        + "people.");
    assertEquals(3, e.size(), () -> "events: " + e);
    assertEquals(7, e.stream().mapToInt(Event::fatalities).sum());
    assertTrue(e.stream().allMatch(x -> x.subEventType() == SubEventType.REMOTE_EXPLOSIVE));
  }

  @Test
  void aHeadlineJoinsTheEventItNames() {
    Event e = only("Gunmen kill five in attack on village\n\nGunmen attacked the village of Kuchi in Niger "
        + "state on Monday, killing five people, police said.");
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("trigger") && v.start() < 40),
        () -> "evidence: " + e.evidence());
  }

  /** The headline names what the story leads with, not the last act it tells. */
  @Test
  void aHeadlineJoinsTheLeadNotTheLastActThatFitsIt() {
    List<Event> e = events("Gunmen kill 12 villagers in Kitui attack\n\nGunmen killed 12 villagers"
        + " in an attack on a village near Kitui on Sunday, officials said. Separately, soldiers"
        + " clashed with bandits near Kitale on Saturday, killing four soldiers.");
    assertEquals(2, e.size(), () -> "events: " + e);
    Event attack = e.stream().filter(x -> x.subEventType() == SubEventType.ATTACK).findFirst()
        .orElseThrow(() -> new AssertionError("events: " + e));
    assertTrue(attack.evidence().stream().anyMatch(v -> v.field().equals("trigger")
        && v.start() < 40), () -> "evidence: " + attack.evidence());
  }

  @Test
  void aHeadlineStandingAloneTellsWhatHappened() {
    // A feed's item or a wire flash with no story under it: the present tense of a headline.
    Event taken = only("Rebels seize two villages near Bossangoa after heavy fighting");
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, taken.subEventType(),
        () -> "event: " + taken);
    Event ambush = only("Gunmen kill five soldiers in ambush near Bambari, army says");
    assertEquals(5, ambush.fatalities(), () -> "event: " + ambush);
    // A sentence of a story ends with a stop: its present simple says what usually happens.
    assertTrue(events("Armed groups seize villages near Bossangoa every dry season.").isEmpty());
    assertTrue(events("Residents said so.\nArmed groups seize villages near Bossangoa every dry"
        + " season.").isEmpty());
  }

  @Test
  void aBackedByClauseIsPartOfTheAttack() {
    Event e = only("Backed by artillery fire, troops attacked rebel positions near Goma on Monday.");
    assertEquals(EventType.BATTLES, e.eventType(), () -> "event: " + e);
  }

  @Test
  void beatingsTortureAndFloggingAreAttacks() {
    Event beat = only("Police beat up students in Dhaka yesterday.");
    assertEquals(SubEventType.ATTACK, beat.subEventType(), () -> "event: " + beat);
    assertEquals("Dhaka", beat.place().map(Place::name).orElse(""));
    Event mob = only("A man was beaten to death by a mob in Kano on Monday.");
    assertEquals(SubEventType.MOB_VIOLENCE, mob.subEventType(), () -> "event: " + mob);
    assertEquals(1, mob.fatalities());
    assertEquals(SubEventType.ATTACK, only("Soldiers tortured two farmers in Kidal on Monday.").subEventType());
    assertEquals(SubEventType.ATTACK,
        only("Taliban fighters publicly flogged three men in Ghazni on Monday.").subEventType());
  }

  @Test
  void winningAMatchIsNoBeating() {
    assertTrue(events("Brazil beat Argentina 2-1 in Rio de Janeiro on Monday.").isEmpty());
    assertTrue(events("Nadal beat Federer in straight sets in Paris on Sunday.").isEmpty());
  }

  @Test
  void aVerbWhosePastIsItsPresentIsPastWhenADayDatesIt() {
    // The tagger reads "beat" as present; "on Tuesday" says it is past, not a habit.
    Event e = only("Security guards beat up a journalist in Monrovia on Tuesday.");
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 5, 7)), e.eventDate());
    assertTrue(events("Militias that attack villages on Fridays are feared across the region.").isEmpty());
  }

  @Test
  void aTownTakenForAPersonOrFollowedByYesterdayIsStillThePlace() {
    // NER tags "Dori" as a person here, and "yesterday" as a noun the town would modify.
    assertEquals("Dori", only("Gunmen attacked a checkpoint in Dori yesterday.").place()
        .map(Place::name).orElse(""));
    assertEquals("Cairo", only("Protesters gathered in Cairo yesterday.").place().map(Place::name).orElse(""));
  }

  @Test
  void aShootOutAndPetrolBombsAreEvents() {
    assertEquals(SubEventType.ARMED_CLASH,
        only("A shoot-out took place in the Kibera neighborhood of Nairobi on Tuesday.").subEventType());
    assertEquals(SubEventType.MOB_VIOLENCE,
        only("Residents threw petrol bombs at a police station in Lamu on Tuesday.").subEventType());
    assertTrue(events("The bank threw its weight behind the bond in Lagos on Tuesday.").isEmpty());
  }

  @Test
  void artilleryFireIsShellingAndGunfireAnsweredIsAClash() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE,
        only("Artillery fire pounded the outskirts of Kassala on Tuesday.").subEventType());
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE,
        only("Tank fire hit the village of Hamra on Tuesday, killing two farmers.").subEventType());
    assertEquals(SubEventType.ARMED_CLASH,
        only("Police officers responded to gunfire in the Baraka district of Kassala on Tuesday.").subEventType());
    // A fire brigade answers a fire, and a returned extinguisher is no shot.
    assertTrue(events("The fire brigade responded to a fire in a warehouse in Kassala on Tuesday.").isEmpty());
    assertTrue(events("She returned the fire extinguisher to the shop in Kassala on Tuesday.").isEmpty());
  }

  @Test
  void aWaveListsTownsNerTakesForPeopleAndGivesEachItsOwnDead() {
    // NER tags Dori and Djibo as persons; the list ends before "in Burkina Faso's northern region".
    List<Event> e = events("Gunmen attacked villages near Kaya, Dori and Djibo in Burkina Faso's northern "
        + "region on Sunday, killing five people near Kaya, three near Dori and one near Djibo.");
    assertEquals(List.of("Kaya", "Dori", "Djibo"), e.stream().map(x -> x.place().map(Place::name).orElse(""))
        .toList(), () -> "events: " + e);
    assertEquals(List.of(5, 3, 1), e.stream().map(Event::fatalities).toList());
  }

  @Test
  void theWoundedAreVictimsAndTheAmbushedWereAttacked() {
    assertTrue(events("The wounded were taken to Kaya on Sunday.").isEmpty());
    Event ambush = only("Twelve soldiers were ambushed near Djibo on Sunday.");
    assertEquals("Military Forces of Burkina Faso (2022-)", ambush.actor2().map(a -> a.name()).orElse(""));
    Event wounded = only("The attack wounded five soldiers near Dikwa on Tuesday.");
    assertEquals("Military Forces of Nigeria (2023-)", wounded.actor2().map(a -> a.name()).orElse(""));
  }

  @Test
  void aPastParticipleBeforeANounNamesPeopleByAnEarlierActAndTellsNone() {
    assertTrue(events("The bodies of killed soldiers were flown to Bamako on Sunday, the army said.")
        .isEmpty());
    Event march = only("Families of abducted students marched to the state house in Zaria on"
        + " Tuesday to demand their release.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, march.subEventType());
    // A body found mutilated tells of the killing; who found it is a witness, not the killer.
    Event found = only("Villagers found the mutilated body of a herder near Eldoret on Friday.");
    assertEquals(SubEventType.ATTACK, found.subEventType());
    assertEquals("Unidentified Armed Group (Kenya)",
        found.actor1().map(a -> a.name()).orElse(""));
    assertEquals("Civilians (Kenya)", found.actor2().map(a -> a.name()).orElse(""));
    // The act itself is still one, told by a verb, active or passive.
    assertEquals(SubEventType.ARRESTS,
        only("Twelve traders were detained by police in Kano on Monday.").subEventType());
    assertEquals(SubEventType.ARRESTS,
        only("Police detained twelve traders in Kano on Monday.").subEventType());
  }

  @Test
  void aGroupTheDictionaryDoesNotKnowIsNamedByItsWords() {
    Event e = only("The Red Hand Brigade detonated a bomb in Kaya on Sunday.");
    assertEquals("Red Hand Brigade", e.actor1().map(a -> a.name()).orElse(""));
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("actor1")
        && v.text().equals("The Red Hand Brigade") && v.note().contains("do not know")), () -> "event: " + e);
  }

  @Test
  void protestsToldByTheirPurposeABlockadeOrPotsAreProtests() {
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Nurses demonstrated outside the health ministry in Quito "
        + "on Monday to ask for their unpaid wages.").subEventType());
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Farmers blocked the main road to Cusco on Monday to "
        + "demand lower fertiliser prices.").subEventType());
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Dozens of taxi drivers gathered outside parliament in "
        + "Nairobi on Monday to demand lower fuel taxes.").subEventType());
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Neighbours banged pots and pans from their balconies in "
        + "Santiago on Monday against the pension reform.").subEventType());
    // A purpose that says what it denounces: the parser may hang its "that" clause on the march.
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("On 4 May 2024, in Gulu, former council workers"
        + " demonstrated to denounce that they were unfairly dismissed and to ask for their jobs back.")
        .subEventType());
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("On 4 May 2024, in Gulu, nurses of Lacor Hospital"
        + " demonstrated to demand masks to prevent infection during their work.").subEventType());
    // Showing, a police cordon, a landslide, a court and a family gathering are not protests.
    assertTrue(events("The vaccine demonstrated to be effective in trials in Lima on Monday.").isEmpty());
    assertTrue(events("The trial in Gulu on Monday demonstrated that the vaccine is safe.").isEmpty());
    assertTrue(events("The new data clearly demonstrated that the drug works, researchers in Gulu said"
        + " on Monday.").isEmpty());
    assertTrue(events("Police blocked the road to the stadium in Lima on Monday.").isEmpty());
    assertTrue(events("A landslide blocked the highway near Cusco on Monday.").isEmpty());
    assertTrue(events("The court blocked the deal in Lima on Monday, rejecting the appeal.").isEmpty());
    assertTrue(events("Families gathered in Lima on Monday to celebrate the holiday.").isEmpty());
  }

  @Test
  void fireSomeoneShotIsViolenceAndABlazeIsNot() {
    assertEquals(1, only("A shepherd was killed by army fire near Kidal on Monday.").fatalities());
    assertEquals(2, only("Two children were killed by Israeli fire in Rafah on Monday.").fatalities());
    // Fire told by the people who shot it, not by their side's name.
    assertEquals(1, only("A herder was killed by border guards fire near Kidal on Monday.")
        .fatalities());
    assertEquals(1, only("A trader was killed by rebel fighters fire near Kidal on Monday.")
        .fatalities());
    assertTrue(events("Two children were killed by a house fire in Rafah on Monday.").isEmpty());
  }

  @Test
  void targetingPositionsIsAnAttackAndBurningTyresOrStonePeltingARiot() {
    assertEquals(SubEventType.AIR_DRONE_STRIKE,
        only("The air force targeted militant hideouts near Maiduguri on Monday.").subEventType());
    assertTrue(events("The campaign targeted young voters in Gharyan on Monday.").isEmpty());
    // A crowd's violence with no demonstration told is mob violence; barricades are a protest's.
    assertEquals(SubEventType.MOB_VIOLENCE,
        only("Students engaged in stone pelting near the university gate in Srinagar on Monday.").subEventType());
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION,
        only("Youths set up barricades of burning tyres across the streets of Mombasa on Monday.").subEventType());
  }

  @Test
  void victimsCountedAsKnownAreThoseOfTheEventToldBefore() {
    Event e = only("Gunmen attacked a bus near Dori on Monday. The three passengers were killed by gunfire.");
    assertEquals(3, e.fatalities());
  }

  @Test
  void shellsThatHitAreShellingAndAMarketsDeadAreCivilians() {
    assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE,
        only("Mortar shells landed near a school in Taiz on Thursday.").subEventType());
    assertTrue(events("Shell hit record profits in London on Thursday.").isEmpty());
    Event market = only("Gunmen attacked a market in Kano on Monday, killing five.");
    assertEquals("Civilians (Nigeria)", market.actor2().map(a -> a.name()).orElse(""));
  }

  @Test
  void aVillageTheGazetteerDoesNotKnowStillGroundsTheAct() {
    // With no date, count or named actor, a place is what makes the act a report, not an
    // idiom; "the village of" names one even when the gazetteer lacks it.
    Event e = only("Gunmen burnt down 30 huts in the village of Kwari Dutsi, residents said.");
    assertEquals(SubEventType.LOOTING, e.subEventType(), () -> "event: " + e);
  }
}
