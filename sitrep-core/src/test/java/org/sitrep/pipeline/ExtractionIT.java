package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/** The hard cases of issue #3, each on a sentence written here, through the whole pipeline. */
class ExtractionIT {
  private static Event only(ExtractionResult r) {
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    return r.events().get(0);
  }

  @Test
  void futureStatementsAreNotEvents() {
    ExtractionResult r = SharedPipeline.extract(
        "Officials in Raqqa warned that Islamic State militants will attack checkpoints near the city.", "2025-03-12");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("future") && j.cue().equals("will")));
  }

  @Test
  void intendedActsAreNotEvents() {
    ExtractionResult r = SharedPipeline.extract(
        "Small groups of Islamic State fighters seeking to kidnap soldiers were seen near Deir ez-Zor.", "2025-03-12");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("intended") && j.cue().equals("seeking")));
  }

  @Test
  void negatedAndHabitualStatementsAreNotEvents() {
    assertTrue(SharedPipeline.extract("The Syrian army did not attack the village of Kasrat Faraj near Raqqa.",
        "2025-03-12").events().isEmpty());
    assertTrue(SharedPipeline.extract("Rebels usually shell the town of Mhardeh at night.", "2025-03-12")
        .events().isEmpty());
  }

  @Test
  void atLeastThirteenKilledAndTwentyCapturedAreCountedConservatively() {
    Event e = only(SharedPipeline.extract(
        "The Syrian army attacked Islamic State positions near Palmyra on Tuesday, killing at least 13 militants "
            + "and capturing 20.", "2017-11-23"));
    assertEquals(13, e.fatalities());
    assertEquals(20, e.captured());
    assertEquals(Optional.of(LocalDate.of(2017, 11, 21)), e.eventDate());
    assertEquals("Military Forces of Syria (2000-)", e.actor1().map(Actor::name).orElse(""));
    assertEquals(SubEventType.ARMED_CLASH, e.subEventType());
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("fatalities") && v.text().contains("at least 13")));
  }

  @Test
  void theTyperAdvisesInTheEvidenceAndTheConfidence() {
    Event e = only(SharedPipeline.extract(
        "Syrian government warplanes carried out air strikes on the village of Kafr Nabl in Idlib"
            + " on Tuesday, killing four civilians.", "2024-05-08"));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    Evidence typed = e.evidence().stream().filter(v -> v.field().equals("sub_event_type"))
        .findFirst().orElseThrow(() -> new AssertionError("no sub_event_type evidence: " + e));
    assertEquals("strikes", typed.text());
    assertTrue(typed.note().matches("trigger decided; typer: [^,]+ \\d\\.\\d\\d, [^,]+ \\d\\.\\d\\d,"
        + " [^;]+ \\d\\.\\d\\d; trigger: Air/drone strike"), typed.note());
    assertTrue(e.confidence() > 0 && e.confidence() <= 1);
  }

  @Test
  void vagueCountsFollowAcledsRules() {
    Event e = only(SharedPipeline.extract(
        "Islamic State fighters attacked Syrian army posts in Palmyra on Monday, and several soldiers were killed.",
        "2017-11-23"));
    assertEquals(3, e.fatalities());
  }

  @Test
  void relativeDaysStayUnresolvedWithoutAPublicationDate() {
    Event e = only(SharedPipeline.extract(
        "Islamic State fighters attacked Syrian army posts in Palmyra on Wednesday.", null));
    assertTrue(e.eventDate().isEmpty());
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("event_date")
        && v.note().contains("no publication date")));
  }

  @Test
  void alternateSpellingsResolveToOnePlace() {
    Place a = only(SharedPipeline.extract("US-backed rebels attacked Islamic State fighters near al-Tenf.", "2017-11-23"))
        .place().orElseThrow();
    Place b = only(SharedPipeline.extract("US-backed rebels attacked Islamic State fighters near At Tanf.", "2017-11-23"))
        .place().orElseThrow();
    assertEquals(a, b);
    assertEquals("SYR", a.iso3());
    assertEquals("Homs", a.admin1());
  }

  @Test
  void aDescriptionRefersBackToTheNamedGroup() {
    Event e = only(SharedPipeline.extract(
        "ISIS fighters were seen near Palmyra on Monday.\n\nThe terrorist organization attacked Syrian army "
            + "posts in Palmyra on Monday.", "2017-11-23"));
    assertEquals("Islamic State (Syria)", e.actor1().map(Actor::name).orElse(""));
  }

  @Test
  void aCaptionDateIsNotTheEventDate() {
    String text = "Clashes near Palmyra\n\n"
        + "Syrian soldiers near Palmyra, Syria June 6, 2017. REUTERS/Jane Roe\n\n"
        + "Islamic State fighters attacked Syrian army posts in Palmyra on Wednesday.";
    Event e = only(SharedPipeline.extract(text, "2017-11-23"));
    assertEquals(Optional.of(LocalDate.of(2017, 11, 22)), e.eventDate());
  }

  @Test
  void evidenceSpansAreTheArticlesOwnCharacters() {
    String text = "Islamic State fighters attacked Syrian army posts in Palmyra on Wednesday, killing four soldiers.";
    Event e = only(SharedPipeline.extract(text, "2017-11-23"));
    e.evidence().forEach(v -> assertEquals(v.text(), text.substring(v.start(), v.end())));
    for (String field : new String[] {"sentence", "trigger", "actor1", "actor2", "location", "event_date", "fatalities"}) {
      assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals(field)), field);
    }
  }

  @Test
  void theSideBlamedIsTheAttackerAndForeignForcesAreExternal() {
    Event e = only(SharedPipeline.extract("Strike on market\n\nAt least 20 people were killed in an air strike on a "
        + "market in Idlib province on Monday, a war monitor said, blaming Russian warplanes.", "2019-05-14"));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals("Military Forces of Russia (2000-)", e.actor1().map(Actor::name).orElse(""));
    assertEquals(8, e.inter1());
    assertEquals("Civilians (Syria)", e.actor2().map(Actor::name).orElse(""));
    assertEquals(20, e.fatalities());
  }

  @Test
  void aCountryAdjectiveNamesItsForcesAndAPluralNamesItsCivilians() {
    Event e = only(SharedPipeline.extract(
        "Israeli air strikes killed 12 Palestinians in the Gaza Strip on Tuesday, health officials said.", "2021-05-11"));
    assertEquals("Military Forces of Israel (2009-)", e.actor1().map(Actor::name).orElse(""));
    assertEquals("Civilians (Palestine)", e.actor2().map(Actor::name).orElse(""));
  }

  @Test
  void aTownTakenAfterAFightIsOneEventWithTheFightsDead() {
    Event e = only(SharedPipeline.extract("Rebels said they had captured the village of Tel Malah in northern Hama "
        + "after fierce fighting with government forces that left 11 soldiers dead.", "2019-05-14"));
    assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subEventType());
    assertEquals("Military Forces of Syria (2000-)", e.actor2().map(Actor::name).orElse(""));
    assertEquals(11, e.fatalities());
  }

  @Test
  void theAttackNamedAgainIsTheSameEvent() {
    ExtractionResult r = SharedPipeline.extract("Mosque bombing\n\nA suicide bomber blew himself up inside a mosque "
        + "in Kabul on Friday, killing at least 12 worshippers. No group claimed responsibility for the attack.",
        "2021-05-14");
    Event e = only(r);
    assertEquals(SubEventType.SUICIDE_BOMB, e.subEventType());
    assertEquals(12, e.fatalities());
  }

  @Test
  void deathsByNatureAndIdiomsOfGeneralNewsAreNotEvents() {
    for (String text : new String[] {
        "The magnitude 6.2 quake killed at least 40 people in Van province on Monday.",
        "A man was killed and three people hurt when a tree fell on a bus stop in Bristol on Sunday.",
        "The new engine demonstrated significant improvements in tests in Munich.",
        "We had a blast at the reunion last weekend.",
        "They fought about it for years.",
        "There has been an explosion in cheap electric scooters this year."}) {
      ExtractionResult r = SharedPipeline.extract(text, "2023-12-20");
      assertTrue(r.events().isEmpty(), () -> text + " -> " + r.events());
    }
  }

  @Test
  void theDeadOfAStrikeAreItsTargetAndNamesBeatDescriptions() {
    Event e = only(SharedPipeline.extract("Turkish drones struck a car near Qamishli on Wednesday, killing two "
        + "members of the Kurdish-led Asayish security forces, a local official said.", "2023-03-02"));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals("Asayish", e.actor2().map(Actor::name).orElse(""));
    assertEquals(2, e.fatalities());
  }

  @Test
  void itsFightersAreTheGroupsAndTheStatementDayIsNotTheEventDay() {
    Event e = only(SharedPipeline.extract("The Syrian Democratic Forces said on Thursday its fighters had killed "
        + "25 Islamic State militants in a raid near Hasakah last week.", "2023-03-02"));
    assertEquals("QSD: Syrian Democratic Forces", e.actor1().map(Actor::name).orElse(""));
    assertEquals("Islamic State (Syria)", e.actor2().map(Actor::name).orElse(""));
    assertEquals(25, e.fatalities());
    assertEquals(org.sitrep.model.TimePrecision.WEEK, e.timePrecision());
  }

  @Test
  void aProvinceInBracketsPlacesAnEventWhoseVillageIsUnknown() {
    Event e = only(SharedPipeline.extract(
        "On 4 May 2020, armed men killed two civilians in Rubaya (Masisi, Nord-Kivu).", "2020-05-04"));
    Place p = e.place().orElseThrow();
    assertEquals("COD", p.iso3());
    assertEquals("North Kivu", p.admin1(), "the English name ACLED writes");
    assertEquals("Unidentified Armed Group (Democratic Republic of Congo)", e.actor1().map(Actor::name).orElse(""));
  }

  @Test
  void aDistrictNamedWithItsProvinceLocatesTheEvent() {
    Event e = only(SharedPipeline.extract(
        "On 20 March 2020, Taliban militants attacked a checkpoint in Maywand district, Kandahar, killing 3 soldiers.",
        "2020-03-20"));
    Place p = e.place().orElseThrow();
    assertEquals("AFG", p.iso3());
    assertEquals("Kandahar", p.admin1());
    assertEquals(3, e.fatalities());
  }

  @Test
  void buildingsAndApartmentBlocksDemolishedAreDestruction() {
    for (String text : new String[] {
        "The army demolished a three-storey building in Nablus on Sunday.",
        "Bulldozers escorted by troops demolished an apartment block in Jenin on Sunday."}) {
      Event e = only(SharedPipeline.extract(text, "2023-12-20"));
      assertEquals(SubEventType.LOOTING, e.subEventType(), text);
    }
  }
}
