package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class DatelineTest {
  /** A line placed at offset 10 of some article, to check spans are article offsets. */
  private static Optional<Dateline> find(String text) {
    return Dateline.find(new Line(new Span(10, 10 + text.length()), text));
  }

  @Test
  void capitalPlaceWithRegionAndAgency() {
    Optional<Dateline> d = find("MOSUL, Iraq (AP) — Iraqi forces advanced.");
    assertEquals("Mosul, Iraq", d.orElseThrow().place());
    assertEquals(new Span(10, 10 + "MOSUL, Iraq (AP) —".length()), d.orElseThrow().span());
  }

  @Test
  void capitalPlaceWithDateAndAgency() {
    Optional<Dateline> d = find("BEIRUT, March 3 (Reuters) - Shelling hit the suburbs.");
    assertEquals("Beirut", d.orElseThrow().place());
  }

  @Test
  void capitalPlaceWithDayFirstDate() {
    assertEquals("Idlib", find("IDLIB, 3 March (AFP) - Strikes hit.").orElseThrow().place());
  }

  @Test
  void aCountryWhoseNameHasSmallWordsIsTheRegion() {
    Dateline d = find("KINDU, Democratic Republic of Congo (Reuters) - Rebels seized a town.")
        .orElseThrow();
    assertEquals("Kindu, Democratic Republic of Congo", d.place());
    assertEquals(Optional.of("Reuters"), d.agency());
    assertEquals("Sarajevo, Bosnia and Herzegovina",
        find("SARAJEVO, Bosnia and Herzegovina (AP) — Police said.").orElseThrow().place());
  }

  @Test
  void aKnownAgencyAloneIsADatelineWithNoPlace() {
    Dateline d = find("(Reuters) - A drone strike hit a car.").orElseThrow();
    assertEquals("", d.place());
    assertEquals(Optional.of("Reuters"), d.agency());
    assertEquals(new Span(10, 10 + "(Reuters) -".length()), d.span());
    assertTrue(find("(Qqq Party) - Members met.").isEmpty());
  }

  @Test
  void aDayAndAKnownAgencyIsADatelineWithNoPlace() {
    Dateline d = find("March 5 (AFP) - Shelling killed 15 people on Wednesday.").orElseThrow();
    assertEquals("", d.place());
    assertEquals(Optional.of("AFP"), d.agency());
    assertEquals(new Span(10, 10 + "March 5 (AFP) -".length()), d.span());
    assertEquals(Optional.of(java.time.LocalDate.of(2025, 3, 4)),
        find("4 March 2025 (Reuters) - Strikes hit.").orElseThrow().date());
    // A day with no agency opens an ordinary sentence; a word that is no month, a name.
    assertTrue(find("March 5 - Shelling killed 15 people.").isEmpty());
    assertTrue(find("Brigade 5 (AFP) - Fighters advanced.").isEmpty());
  }

  @Test
  void capitalPlaceOfSeveralWordsWithColon() {
    assertEquals("Deir Ez-Zor", find("DEIR EZ-ZOR: Clashes broke out.").orElseThrow().place());
  }

  @Test
  void ordinaryCasePlaceNeedsAKnownAgency() {
    Optional<Dateline> mixedCase = find("Mosul, Iraq (AP) — Forces advanced.");
    assertEquals("Mosul, Iraq", mixedCase.orElseThrow().place());
    assertTrue(find("Popular Mobilization Forces (PMF) — militias moved.").isEmpty());
  }

  @Test
  void ordinaryCasePlaceAndASpacedDashBeforeASentence() {
    Dateline d = find("Tahoua - Seventeen soldiers were killed on Tuesday.").orElseThrow();
    assertEquals("Tahoua", d.place());
    assertEquals(new Span(10, 10 + "Tahoua -".length()), d.span());
    assertEquals(Optional.empty(), d.agency());
    assertEquals("Birnin Konni, Niger",
        find("Birnin Konni, Niger — Gunmen struck a market.").orElseThrow().place());
    // A dash before a word in lower case opens an aside, and a day or a label names no place.
    assertTrue(find("Qqq Front - the group backed by Qqq - said it fired.").isEmpty());
    assertTrue(find("Tuesday - Drones hit a bus.").isEmpty());
    assertTrue(find("Breaking - Drones hit a bus.").isEmpty());
  }

  @Test
  void ordinaryCasePlaceWithItsDayNeedsNoAgency() {
    Dateline d = find("Sumy, June 8 - Drones hit a bus.").orElseThrow();
    assertEquals("Sumy", d.place());
    assertEquals(new Span(10, 10 + "Sumy, June 8 -".length()), d.span());
    assertEquals("Hoima, Uganda", find("Hoima, Uganda, 8 June: Police said.").orElseThrow().place());
    assertEquals(Optional.of(java.time.LocalDate.of(2025, 6, 8)),
        find("Kitui, June 8, 2025 - Bandits struck.").orElseThrow().date());
    // A day heads a liveblog's entry or a note of when a page was changed: no place is named.
    assertTrue(find("Tuesday, June 8 - Drones hit a bus.").isEmpty());
    assertTrue(find("Updated, June 8 - Drones hit a bus.").isEmpty());
    assertTrue(find("Sumy, Mayor Qqq - said.").isEmpty());
    // Some local papers end it with a full stop.
    Dateline stop = find("Lashio, 14 March. Troops shelled a village.").orElseThrow();
    assertEquals("Lashio", stop.place());
    assertEquals(new Span(10, 10 + "Lashio, 14 March.".length()), stop.span());
  }

  @Test
  void actorAcronymsAndLabelsAreNotPlaces() {
    assertTrue(find("ISIS - which lost the town - struck back.").isEmpty());
    assertTrue(find("UPDATE: more details follow.").isEmpty());
    assertTrue(find("US-backed forces took the dam.").isEmpty());
  }

  @Test
  void titleCaseKeepsOrdinaryCaseAsWritten() {
    assertEquals("Al-Tanf", Dateline.titleCase("AL-TANF"));
    assertEquals("al-Tanf", Dateline.titleCase("al-Tanf"));
  }
}
