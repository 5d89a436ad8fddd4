package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

class ArticleMergerTest {
  private static final Actor ISIS = new Actor("Islamic State (Syria)", 2, "IMGMUSISI", "SYR", false);
  private static final Actor ARMY = new Actor("Military Forces of Syria (2000-)", 1, "SYRMIL", "SYR", false);
  private static final Actor RCA = new Actor("Revolutionary Commando Army", 2, "SYRREB", "SYR", false);
  private static final Actor REBELS = new Actor("Opposition Rebels (Syria)", 2, "SYRREB", "SYR", true);
  private static final Actor COALITION = new Actor("Global Coalition Against Daesh", 8, "IGOMIL", "", false);
  private static final Place TADAMON = new Place(0, "al-Tadamon", 33.48, 36.31, "PPLX", "Syria", "SYR", "Damascus", "", 0);
  private static final Place TANF = new Place(0, "al-Tanf", 33.5, 38.62, "PSTB", "Syria", "SYR", "Homs", "", 0);

  private static Event event(int at, Actor a1, Actor a2, Place place, LocalDate date, int killed) {
    List<Evidence> evidence = new java.util.ArrayList<>(List.of(new Evidence("trigger", "attacked", at, at + 8)));
    if (date != null) {
      evidence.add(new Evidence("event_date", "Wednesday", at + 10, at + 19));
    }
    return new Event("E" + at, "a.txt", Optional.ofNullable(date).or(() -> Optional.of(LocalDate.of(2017, 11, 23))),
        date == null ? TimePrecision.WEEK : TimePrecision.DAY, SubEventType.ARMED_CLASH,
        Optional.ofNullable(a1), List.of(), Optional.ofNullable(a2), List.of(), Optional.ofNullable(place),
        GeoPrecision.EXACT, "", "", killed, 0, 0, "190", "ASSAULT", Modality.ASSERTED, 0.8, evidence);
  }

  private static List<Event> merge(Event... events) {
    List<Candidate> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      candidates.add(Candidate.report(events[i], i));
    }
    return new ArticleMerger().merge(candidates, Optional.empty(), org.sitrep.model.StoryKind.NEWS).events();
  }

  @Test
  void mentionsWithTheSameActorsPlaceAndCompatibleDatesBecomeOneEvent() {
    List<Event> merged = merge(
        event(0, ISIS, null, TADAMON, null, 0),
        event(100, ARMY, ISIS, TADAMON, null, 0),
        event(200, ISIS, ARMY, null, LocalDate.of(2017, 11, 22), 3));
    assertEquals(1, merged.size());
    Event e = merged.get(0);
    assertEquals(Optional.of(ISIS), e.actor1());
    assertEquals(Optional.of(ARMY), e.actor2());
    assertEquals(Optional.of(LocalDate.of(2017, 11, 22)), e.eventDate());
    assertEquals(3, e.fatalities());
    assertTrue(e.notes().startsWith("On 22 November 2017, Islamic State (Syria) clashed with"));
  }

  @Test
  void aDescriptionJoinsTheNamedGroupOfItsKindButNotItsOpponent() {
    List<Event> merged = merge(
        event(0, REBELS, ISIS, TANF, null, 0),
        event(100, RCA, ISIS, TANF, null, 13),
        event(200, COALITION, ISIS, TANF, null, 0));
    assertEquals(2, merged.size());
    assertEquals(Optional.of(RCA), merged.get(0).actor1());
    assertEquals(13, merged.get(0).fatalities());
    assertEquals(Optional.of(COALITION), merged.get(1).actor1());
  }

  @Test
  void differentPlacesOrDaysStayApart() {
    assertEquals(2, merge(
        event(0, ISIS, ARMY, TADAMON, null, 0), event(100, ISIS, ARMY, TANF, null, 0)).size());
    assertEquals(2, merge(
        event(0, ISIS, ARMY, TADAMON, LocalDate.of(2017, 11, 20), 0),
        event(100, ISIS, ARMY, TADAMON, LocalDate.of(2017, 11, 22), 0)).size());
  }

  @Test
  void theDeadOfEachSideToldFromEachSideAreAddedUpAndTheSameDeadCountOnce() {
    assertEquals(13, merge(
        event(0, ISIS, ARMY, TADAMON, null, 9), event(100, ARMY, ISIS, TADAMON, null, 4)).get(0).fatalities());
    assertEquals(9, merge(
        event(0, ISIS, ARMY, TADAMON, null, 9), event(100, ISIS, ARMY, TADAMON, null, 9)).get(0).fatalities());
  }
}
