package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.MentionRole;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.StoryKind;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/** How mentions of different roles join the events of an article (issue #6), without a parse. */
class ArticleLinkingTest {
  private static final Actor GUNMEN = new Actor("Unidentified Armed Group (Mali)", 3, "MLIUAF", "MLI", true);
  private static final Actor JNIM = new Actor("JNIM", 2, "MLIREB", "MLI", false);
  private static final Actor ARMY = new Actor("Military Forces of Mali", 1, "MLIMIL", "MLI", false);
  private static final Actor CIVILIANS = new Actor("Civilians (Mali)", 7, "MLICVL", "MLI", true);
  private static final Place GAO = new Place(1, "Gao", 16.27, -0.04, "PPLA", "Mali", "MLI", "Gao", "", 0);
  private static final Place MOPTI = new Place(2, "Mopti", 14.48, -4.19, "PPLA", "Mali", "MLI", "Mopti", "", 0);
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 8);

  /** A candidate in sentence {@code at}, its trigger at offset 100 × at. */
  private static Candidate told(int at, MentionRole role, SubEventType type, Actor a1, Actor a2, Place place,
      LocalDate ownDay, int killed, List<String> unknownPlaces) {
    List<Evidence> evidence = new ArrayList<>(List.of(new Evidence("sentence", "s", at * 100, at * 100 + 90),
        new Evidence("trigger", "attack", at * 100, at * 100 + 6)));
    if (ownDay != null) {
      evidence.add(new Evidence("event_date", "Monday", at * 100 + 10, at * 100 + 16));
    }
    Event e = new Event("E" + at, "a.txt", Optional.of(ownDay == null ? PUBLISHED : ownDay),
        ownDay == null ? TimePrecision.WEEK : TimePrecision.DAY, type, Optional.ofNullable(a1), List.of(),
        Optional.ofNullable(a2), List.of(), Optional.ofNullable(place), GeoPrecision.EXACT, "", "", killed, 0, 0,
        "190", "ASSAULT", Modality.ASSERTED, 0.8, evidence);
    return new Candidate(e, role, at, place != null, ownDay != null, a1 != null || a2 != null, unknownPlaces,
        false);
  }

  private static Merged merge(StoryKind story, Candidate... candidates) {
    return new ArticleMerger().merge(List.of(candidates), Optional.of(PUBLISHED), story);
  }

  @Test
  void aReferenceJoinsTheEventItPointsToAndSaysSoInItsEvidence() {
    Merged m = merge(StoryKind.NEWS,
        told(0, MentionRole.REPORT, SubEventType.ARMED_CLASH, JNIM, ARMY, GAO, LocalDate.of(2024, 5, 6), 4, List.of()),
        told(3, MentionRole.REFERENCE, SubEventType.ARMED_CLASH, GUNMEN, null, null, null, 0, List.of()));
    assertEquals(1, m.events().size());
    assertTrue(m.events().get(0).evidence().stream()
        .anyMatch(e -> e.field().equals("trigger") && e.note().startsWith("refers to the event of")));
  }

  @Test
  void anAsideWithNothingOfItsOwnAndNoEventToJoinIsRejected() {
    Merged m = merge(StoryKind.NEWS,
        told(0, MentionRole.ASIDE, SubEventType.ARMED_CLASH, GUNMEN, null, null, null, 0, List.of()));
    assertTrue(m.events().isEmpty());
    assertEquals("refers to an event the report does not tell", m.rejections().get(0).reason());
  }

  @Test
  void anUngroundedReportIsKeptOnlyWhereTheReaderVouchesForItsSentence() {
    // "Gunmen opened fire": sides told only by description, and no place, day or count.
    Candidate bare = told(0, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, null, null, null, 0, List.of());
    Merged alone = merge(StoryKind.NEWS, bare);
    assertTrue(alone.events().isEmpty());
    assertEquals("no place, date, count or named actor", alone.rejections().get(0).reason());

    List<String> asked = new ArrayList<>();
    EventReader sure = sentence -> {
      asked.add(sentence);
      return Optional.of("the reader is sure");
    };
    Merged vouched = new ArticleMerger(sure).merge(List.of(bare), Optional.of(PUBLISHED), StoryKind.NEWS);
    assertEquals(1, vouched.events().size());
    assertTrue(vouched.events().get(0).evidence().stream()
        .anyMatch(e -> e.field().equals("trigger") && e.note().equals("the reader is sure")));
    assertEquals(List.of("s"), asked);

    // A report that tells no side at all is set aside before it is an event ("they fought on"),
    // as is an aside, whatever a reader makes of their sentences; a grounded report needs no
    // reader.
    Candidate sideless = told(1, MentionRole.REPORT, SubEventType.ARMED_CLASH, null, null, null, null, 0, List.of());
    Candidate aside = told(2, MentionRole.ASIDE, SubEventType.ARMED_CLASH, null, null, null, null, 0, List.of());
    Candidate grounded = told(3, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, null, 2, List.of());
    asked.clear();
    Merged others = new ArticleMerger(sure).merge(List.of(sideless, aside, grounded), Optional.of(PUBLISHED),
        StoryKind.NEWS);
    assertEquals(List.of(SubEventType.ATTACK), others.events().stream().map(Event::subEventType).toList());
    assertTrue(asked.isEmpty());
  }

  @Test
  void theDeadOfBothSidesToldApartAreAddedAndAClaimGivesWayToAReport() {
    Candidate attack = told(0, MentionRole.REPORT, SubEventType.ARMED_CLASH, JNIM, ARMY, GAO,
        LocalDate.of(2024, 5, 6), 6, List.of());
    Candidate attackers = told(1, MentionRole.OUTCOME, SubEventType.ATTACK, GUNMEN, GUNMEN, null, null, 3, List.of());
    assertEquals(9, merge(StoryKind.NEWS, attack, attackers).events().get(0).fatalities());
    Event claim = told(2, MentionRole.REPORT, SubEventType.ARMED_CLASH, JNIM, ARMY, null, null, 40, List.of())
        .event();
    Candidate claimed = new Candidate(claim, MentionRole.REPORT, 2, false, false, true, List.of(), true);
    assertEquals(6, merge(StoryKind.NEWS, attack, claimed).events().get(0).fatalities());
  }

  @Test
  void twoPlacesOrTwoDaysAreTwoEvents() {
    assertEquals(2, merge(StoryKind.NEWS,
        told(0, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, null, 2, List.of()),
        told(1, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, MOPTI, null, 3, List.of())).events().size());
    assertEquals(2, merge(StoryKind.NEWS,
        told(0, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, LocalDate.of(2024, 5, 6), 2, List.of()),
        told(1, MentionRole.OUTCOME, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, LocalDate.of(2024, 5, 7), 3, List.of()))
        .events().size());
  }

  @Test
  void aPlaceTheGazetteerDoesNotKnowStillPartsTwoEvents() {
    assertEquals(2, merge(StoryKind.NEWS,
        told(0, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, null, null, 2, List.of("Tessit district")),
        told(1, MentionRole.OUTCOME, SubEventType.ATTACK, GUNMEN, CIVILIANS, null, null, 3, List.of("Ansongo district")))
        .events().size());
  }

  @Test
  void anEventLongPastIsHistoryWithEveryMentionOfIt() {
    Merged m = merge(StoryKind.NEWS,
        told(0, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, LocalDate.of(2019, 3, 1), 2, List.of()),
        told(1, MentionRole.REFERENCE, SubEventType.ATTACK, GUNMEN, null, null, null, 0, List.of()));
    assertTrue(m.events().isEmpty());
    assertEquals(2, m.rejections().stream().filter(r -> r.reason().startsWith("historical")).count());
  }

  @Test
  void aCourtStoryKeepsOnlyWhatItDatesLately() {
    Candidate crime = told(0, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, null, 2, List.of());
    Candidate arrest = told(1, MentionRole.REPORT, SubEventType.ARRESTS, ARMY, CIVILIANS, MOPTI,
        LocalDate.of(2024, 5, 6), 0, List.of());
    Merged m = merge(StoryKind.COURT, crime, arrest);
    assertEquals(1, m.events().size());
    assertEquals(SubEventType.ARRESTS, m.events().get(0).subEventType());
  }

  @Test
  void aHeadlineJoinsTheEventTheBodyTellsButIsNeverOneOfItsOwn() {
    Candidate headline = told(0, MentionRole.HEADLINE, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, null, 5, List.of());
    Candidate lead = told(1, MentionRole.REPORT, SubEventType.ATTACK, GUNMEN, CIVILIANS, GAO, LocalDate.of(2024, 5, 6),
        5, List.of());
    Merged both = merge(StoryKind.NEWS, headline, lead);
    assertEquals(1, both.events().size());
    assertTrue(both.events().get(0).evidence().stream()
        .anyMatch(e -> e.field().equals("trigger") && e.note().startsWith("the headline names the event of")));
    assertTrue(merge(StoryKind.NEWS, headline).events().isEmpty());
  }
}
