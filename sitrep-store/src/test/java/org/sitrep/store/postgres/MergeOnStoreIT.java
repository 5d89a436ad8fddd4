package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.store.HistoryEntry;
import org.sitrep.store.StoreResult;
import org.sitrep.store.StoredEvent;

/**
 * Merging reports of one event from several articles on store, and splitting them apart, on a
 * real embedded PostgreSQL. Each test dates its events in a week of its own, so that no test's
 * reports meet another's in a block.
 */
class MergeOnStoreIT {
  /** Idlib, some 56 km from Aleppo: another ACLED event. */
  static final Place IDLIB = new Place(169389, "Idlib", 35.93062, 36.63393, "PPLA", "Syria", "SYR",
      "Idlib", "Idlib", 128_840);
  /** A point 10 km from Aleppo's, as another gazetteer entry of the town might be. */
  static final Place NEAR_ALEPPO = new Place(0, "Aleppo (east)", 36.20124, 37.27300, "PPLX",
      "Syria", "SYR", "Aleppo", "Jebel Saman", 0);

  @TempDir static Path dataDir;

  static PostgresStore store;

  @BeforeAll
  static void open() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void two_articles_reporting_one_event_store_one_event_with_two_sources() throws SQLException {
    LocalDate day = LocalDate.of(2024, 1, 10);
    Article wire = article("wire-1.txt");
    Article local = article("local-1.txt");
    StoreResult first = store.store(wire, List.of(shelling(wire, day, Reports.ALEPPO, 12, 0)));
    StoreResult second = store.store(local, List.of(shelling(local, day, Reports.ALEPPO, 9, 4)));

    assertEquals(0, first.merged());
    assertEquals(1, second.events());
    assertEquals(1, second.merged());
    assertEquals(List.of(), store.eventsOf(second.articleId()), "no event of its own");
    StoredEvent event = store.eventsOf(first.articleId()).get(0);
    assertEquals(9, event.event().fatalities(), "the lower figure, not the sum");
    assertEquals(4, event.event().injured(), "a report without a figure does not pull it to 0");
    assertEquals(List.of(first.articleId(), second.articleId()), sources(event.id()));

    List<HistoryEntry> history = store.history(event.id());
    assertEquals(List.of("created", "merged"), history.stream().map(HistoryEntry::kind).toList());
    HistoryEntry merged = history.get(1);
    assertEquals(Optional.of(second.articleId()), merged.byArticle());
    assertEquals("cross-reports", merged.by());
    assertTrue(merged.details().contains("same sub-event type"), merged.details());
    assertTrue(merged.details().contains("\"score\": 1.0"), merged.details());
    assertEquals(Optional.of(first.articleId()), history.get(0).byArticle());
    assertEquals("extraction", history.get(0).by());
  }

  @Test
  void reports_60_km_apart_or_days_apart_stay_two_events() {
    LocalDate day = LocalDate.of(2024, 2, 14);
    Article aleppo = article("aleppo-2.txt");
    Article idlib = article("idlib-2.txt");
    Article later = article("later-2.txt");
    store.store(aleppo, List.of(shelling(aleppo, day, Reports.ALEPPO, 3, 0)));
    StoreResult far = store.store(idlib, List.of(shelling(idlib, day, IDLIB, 3, 0)));
    StoreResult after = store.store(later,
        List.of(shelling(later, day.plusDays(3), Reports.ALEPPO, 3, 0)));

    assertEquals(0, far.merged());
    assertEquals(0, after.merged());
    assertEquals(1, store.eventsOf(far.articleId()).size());
    assertEquals(1, store.eventsOf(after.articleId()).size());
  }

  @Test
  void storing_a_merged_article_again_changes_nothing() throws SQLException {
    LocalDate day = LocalDate.of(2024, 3, 13);
    Article wire = article("wire-3.txt");
    Article local = article("local-3.txt");
    StoreResult first = store.store(wire, List.of(shelling(wire, day, Reports.ALEPPO, 6, 0)));
    store.store(local, List.of(shelling(local, day, Reports.ALEPPO, 5, 0)));
    long eventId = store.eventsOf(first.articleId()).get(0).id();
    StoredEvent before = store.event(eventId).orElseThrow();
    long events = store.eventCount();

    StoreResult again = store.store(local, List.of(shelling(local, day, Reports.ALEPPO, 5, 0)));

    assertFalse(again.stored());
    assertEquals(events, store.eventCount());
    assertEquals(before, store.event(eventId).orElseThrow());
    assertEquals(2, sources(eventId).size());
    assertEquals(2, store.history(eventId).size());
  }

  @Test
  void a_split_gives_back_two_events_with_their_own_values() {
    LocalDate day = LocalDate.of(2024, 4, 10);
    Article wire = article("wire-4.txt");
    Article local = article("local-4.txt");
    Event told = shelling(wire, day, Reports.ALEPPO, 12, 0);
    Event toldAgain = shelling(local, day, NEAR_ALEPPO, 9, 4);
    StoreResult first = store.store(wire, List.of(told));
    StoreResult second = store.store(local, List.of(toldAgain));
    long eventId = store.eventsOf(first.articleId()).get(0).id();
    assertEquals(1, second.merged());

    long own = store.split(eventId, second.articleId(), "anna", "two shellings, two districts");

    assertEquals(told, store.event(eventId).orElseThrow().event(), "counts back to its own");
    StoredEvent split = store.event(own).orElseThrow();
    assertEquals(second.articleId(), split.articleId());
    assertEquals(toldAgain, split.event(), "as its article told it, evidence and all");
    assertEquals(List.of(split), store.eventsOf(second.articleId()));
    List<HistoryEntry> left = store.history(eventId);
    assertEquals(List.of("created", "merged", "split"),
        left.stream().map(HistoryEntry::kind).toList());
    assertEquals("anna", left.get(2).by());
    assertTrue(left.get(2).details().contains("two shellings, two districts"));
    List<HistoryEntry> made = store.history(own);
    assertEquals(List.of("split"), made.stream().map(HistoryEntry::kind).toList());
    assertTrue(made.get(0).details().contains("\"from_event\": " + eventId), made.get(0).details());
  }

  @Test
  void a_third_report_joins_an_event_of_two_sources() throws SQLException {
    LocalDate day = LocalDate.of(2024, 5, 15);
    Article a = article("a-5.txt");
    Article b = article("b-5.txt");
    Article c = article("c-5.txt");
    StoreResult first = store.store(a, List.of(shelling(a, day, Reports.ALEPPO, 7, 0)));
    store.store(b, List.of(shelling(b, day, Reports.ALEPPO, 5, 2)));
    StoreResult third = store.store(c, List.of(shelling(c, day, NEAR_ALEPPO, 6, 1)));

    assertEquals(1, third.merged());
    StoredEvent event = store.eventsOf(first.articleId()).get(0);
    assertEquals(3, sources(event.id()).size());
    assertEquals(5, event.event().fatalities());
    assertEquals(1, event.event().injured());
    assertEquals(List.of("created", "merged", "merged"),
        store.history(event.id()).stream().map(HistoryEntry::kind).toList());
    assertTrue(store.history(event.id()).get(2).details().contains("km apart"));

    store.split(event.id(), third.articleId(), "anna", "the eastern district's own shelling");

    StoredEvent left = store.event(event.id()).orElseThrow();
    assertEquals(2, sources(event.id()).size());
    assertEquals(5, left.event().fatalities(), "the lower of the two left");
    assertEquals(2, left.event().injured(), "the only figure left");
  }

  @Test
  void a_split_of_the_first_report_or_of_no_report_is_refused() {
    LocalDate day = LocalDate.of(2024, 6, 12);
    Article a = article("a-6.txt");
    Article b = article("b-6.txt");
    Article other = article("other-6.txt");
    StoreResult first = store.store(a, List.of(shelling(a, day, Reports.ALEPPO, 2, 0)));
    StoreResult second = store.store(b, List.of(shelling(b, day, Reports.ALEPPO, 2, 0)));
    StoreResult unrelated = store.store(other, List.of());
    long eventId = store.eventsOf(first.articleId()).get(0).id();

    IllegalArgumentException firstReport = assertThrows(IllegalArgumentException.class,
        () -> store.split(eventId, first.articleId(), "anna", "why"));
    assertTrue(firstReport.getMessage().contains("first made from"), firstReport.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> store.split(eventId, unrelated.articleId(), "anna", "why"));
    assertThrows(IllegalArgumentException.class,
        () -> store.split(-1, second.articleId(), "anna", "why"));
    assertEquals(List.of("created", "merged"),
        store.history(eventId).stream().map(HistoryEntry::kind).toList(), "nothing changed");
  }

  @Test
  void two_reports_of_one_event_stored_at_once_make_one_event() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // Each round a week of its own; several rounds, since one race may go either way.
      for (int round = 0; round < 8; round++) {
        LocalDate day = LocalDate.of(2024, 7, 3).plusWeeks(round);
        Article a = article("race-a-" + round + ".txt");
        Article b = article("race-b-" + round + ".txt");
        CountDownLatch start = new CountDownLatch(1);
        Future<StoreResult> first = pool.submit(() -> {
          start.await();
          return store.store(a, List.of(shelling(a, day, Reports.ALEPPO, 4, 0)));
        });
        Future<StoreResult> second = pool.submit(() -> {
          start.await();
          return store.store(b, List.of(shelling(b, day, Reports.ALEPPO, 3, 0)));
        });
        start.countDown();
        StoreResult x = first.get();
        StoreResult y = second.get();

        assertEquals(1, x.merged() + y.merged(), "round " + round + ": exactly one merged");
        long eventId = (x.merged() == 0 ? store.eventsOf(x.articleId())
            : store.eventsOf(y.articleId())).get(0).id();
        assertEquals(2, sources(eventId).size(), "round " + round);
        assertEquals(3, store.event(eventId).orElseThrow().event().fatalities());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void an_event_stored_before_merging_gets_its_blocks_and_is_merged_into() throws SQLException {
    LocalDate day = LocalDate.of(2024, 10, 9);
    Article old = article("old-9.txt");
    Article recent = article("recent-9.txt");
    StoreResult first = store.store(old, List.of(shelling(old, day, Reports.ALEPPO, 8, 0)));
    long eventId = store.eventsOf(first.articleId()).get(0).id();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM event_block WHERE event_id = ?")) {
      s.setLong(1, eventId);
      s.executeUpdate();
      // As a store written before V2 holds it: no blocks, so nothing would be merged into it.
      assertEquals(1, V3__Blocks_of_older_events.writeMissing(c));
      assertEquals(0, V3__Blocks_of_older_events.writeMissing(c));
      try (ResultSet r = c.createStatement().executeQuery("SELECT description"
          + " FROM flyway_schema_history WHERE version = '3' AND success")) {
        assertTrue(r.next(), "Flyway ran the Java migration when the store was opened");
        assertEquals("Blocks of older events", r.getString(1));
      }
    }

    StoreResult second = store.store(recent,
        List.of(shelling(recent, day, Reports.ALEPPO, 6, 0)));

    assertEquals(1, second.merged());
    assertEquals(6, store.event(eventId).orElseThrow().event().fatalities());
  }

  /**
   * Lebanon: an undated event is a candidate for every later report of its country, so these
   * stay out of the Syrian events of the other tests.
   */
  static final Place BEIRUT = new Place(276781, "Beirut", 33.89332, 35.50157, "PPLC", "Lebanon",
      "LBN", "Beyrouth", "", 1_916_100);
  static final Place TRIPOLI = new Place(266826, "Tripoli", 34.43667, 35.84972, "PPLA",
      "Lebanon", "LBN", "Liban-Nord", "", 229_398);

  @Test
  void an_undated_report_and_a_dated_one_merge_whichever_is_stored_first() {
    LocalDate day = LocalDate.of(2024, 5, 15);
    Article dated = article("dated-first.txt");
    Article undated = article("undated-second.txt");
    StoreResult first = store.store(dated, List.of(shelling(dated, day, BEIRUT, 4, 0)));
    StoreResult second = store.store(undated,
        List.of(withoutDate(shelling(undated, day, BEIRUT, 4, 0))));
    assertEquals(0, first.merged());
    assertEquals(1, second.merged(), "the undated report finds the dated event");

    Article undated2 = article("undated-first.txt");
    Article dated2 = article("dated-second.txt");
    LocalDate later = LocalDate.of(2024, 6, 19);
    StoreResult third = store.store(undated2,
        List.of(withoutDate(shelling(undated2, later, TRIPOLI, 2, 0))));
    StoreResult fourth = store.store(dated2, List.of(shelling(dated2, later, TRIPOLI, 2, 0)));
    assertEquals(0, third.merged());
    assertEquals(1, fourth.merged(), "the dated report finds the undated event");
  }

  static Event withoutDate(Event e) {
    return new Event(e.eventId(), e.article(), Optional.empty(), e.timePrecision(),
        e.subEventType(), e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2(), e.place(),
        e.geoPrecision(), e.source(), e.notes(), e.fatalities(), e.injured(), e.captured(),
        e.cameo(), e.plover(), e.modality(), e.confidence(), e.evidence());
  }

  static Article article(String id) {
    return Reports.article(id, "Shelling\nThe army shelled the city, " + id + " reports.");
  }

  static Event shelling(Article a, LocalDate day, Place place, int fatalities, int injured) {
    return Reports.full(a, "SR000001", day, place, fatalities, injured);
  }

  /** The articles of the event's sources, in the order they were added. */
  static List<Long> sources(long eventId) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT article_id FROM event_source"
            + " WHERE event_id = ? ORDER BY added_at, article_id")) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        List<Long> ids = new ArrayList<>();
        while (r.next()) {
          ids.add(r.getLong(1));
        }
        return ids;
      }
    }
  }
}
