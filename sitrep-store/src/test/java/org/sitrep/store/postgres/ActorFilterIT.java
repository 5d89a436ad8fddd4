package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.Correction;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Page;
import org.sitrep.store.StoredEvent;

/**
 * {@code actor=WORDS}, found through the actor table's ids: the events it gives are those whose
 * actor 1 or actor 2 has the words, any case, as a LIKE over every event's names gave them.
 */
class ActorFilterIT {
  @TempDir static Path dataDir;

  static PostgresStore store;

  @BeforeAll
  static void open() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    // Reports.full: Military Forces of Syria (2000-) against Civilians (Syria), the militia
    // associated with actor 1. One event each day, so that newest first is K3, K2, K1.
    Article a = Reports.article("k.txt", "Army shells Aleppo\nThe army shelled Aleppo.");
    store.store(a, List.of(
        Reports.full(a, "K1", LocalDate.of(2025, 1, 1), Reports.ALEPPO, 1, 0),
        withActors(Reports.full(a, "K2", LocalDate.of(2025, 1, 2), Reports.ALEPPO, 1, 0),
            "Police Forces of Kenya (2022-)", "Protesters (Kenya)"),
        withActors(Reports.full(a, "K3", LocalDate.of(2025, 1, 3), Reports.ALEPPO, 1, 0),
            "Rioters (Kenya)", null)));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void wordsInEitherActorsNameInAnyCaseButNotAnAssociatedActor() throws SQLException {
    assertEquals(List.of("K1"), actor("forces of syria"));
    assertEquals(List.of("K1"), actor("CIVILIANS"), "actor 2");
    assertEquals(List.of("K3", "K2"), actor("kenya"), "actor 1 of one, actor 2 of the other");
    assertEquals(List.of("K2", "K1"), actor("ce"), "Police, Forces, Civilians; not Rioters");
    assertEquals(List.of(), actor("pro-government"), "associated actors are not searched");
    assertEquals(List.of(), actor("(2000-) ("), "one name at a time, not the two together");
    assertEquals(List.of(), actor("nobody by this name"));
    Page<StoredEvent> none = store.search(EventFilter.builder().actor("nobody").build());
    assertEquals(0, none.total());
    assertTrue(none.totalExact());
    // The same events as the LIKE over every event's own names, for every word above.
    for (String words : List.of("forces of syria", "CIVILIANS", "kenya", "ce", "s (", "_")) {
      assertEquals(likeOverEvents(words), actor(words), words);
    }
  }

  @Test
  void aCorrectedNameIsFoundByItsNewWordsAndNoLongerByItsOld() {
    Article b = Reports.article("m.txt", "Army shells Aleppo\nThe army shelled Aleppo twice.");
    store.store(b, List.of(
        withActors(Reports.full(b, "M1", LocalDate.of(2024, 6, 1), Reports.ALEPPO, 1, 0),
            "Unidentified Armed Group (Mali)", null)));
    assertEquals(List.of("M1"), actor("armed group (mali)"));
    long id = idOf("armed group (mali)");
    store.correct(id, new Correction(Optional.empty(), Optional.of("Wagner Group"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty()), "tester", "the report names them");
    assertEquals(List.of("M1"), actor("wagner"));
    assertEquals(List.of(), actor("armed group (mali)"),
        "the old name's actor row stays, but no event points at it any more");
  }

  @Test
  void aRejectedEventIsLeftOutUnlessAskedFor() {
    Article c = Reports.article("r.txt", "Army shells Aleppo\nThe army shelled Aleppo at night.");
    store.store(c, List.of(
        withActors(Reports.full(c, "R1", LocalDate.of(2024, 7, 1), Reports.ALEPPO, 1, 0),
            "Rebels (Chad)", null)));
    long id = idOf("rebels (chad)");
    store.correct(id, new Correction(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(true)), "tester", "not an event");
    assertEquals(List.of(), actor("rebels (chad)"));
    assertEquals(List.of("R1"), ids(store.search(EventFilter.builder().actor("rebels (chad)")
        .includeRejected(true).build())));
  }

  /** The store's id of the one event the filter gives. */
  private static long idOf(String words) {
    List<StoredEvent> found = store.search(EventFilter.builder().actor(words).build()).items();
    assertEquals(1, found.size(), words);
    return found.get(0).id();
  }

  private static List<String> actor(String words) {
    return ids(store.search(EventFilter.builder().actor(words).build()));
  }

  /** What the filter gave before the actor table: ILIKE on each event's two names. */
  private static List<String> likeOverEvents(String words) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT event_id FROM event"
            + " WHERE (actor1 ILIKE ? ESCAPE '\\' OR actor2 ILIKE ? ESCAPE '\\') AND NOT rejected"
            + " ORDER BY event_date DESC NULLS LAST, id DESC")) {
      s.setString(1, EventSearch.contains(words));
      s.setString(2, EventSearch.contains(words));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  /** {@code e} with actor 1 and actor 2 (none if null) renamed, inter codes kept. */
  private static Event withActors(Event e, String actor1, String actor2) {
    return new Event(e.eventId(), e.article(), e.eventDate(), e.timePrecision(),
        e.subEventType(), Optional.of(new Actor(actor1, 1, "", "", false)), e.assocActor1(),
        Optional.ofNullable(actor2).map(n -> new Actor(n, 6, "", "", false)), e.assocActor2(),
        e.place(), e.geoPrecision(), e.source(), e.notes(), e.fatalities(), e.injured(),
        e.captured(), e.cameo(), e.plover(), e.modality(), e.confidence(), e.evidence());
  }

  private static List<String> ids(Page<StoredEvent> page) {
    return page.items().stream().map(e -> e.event().eventId()).toList();
  }
}
