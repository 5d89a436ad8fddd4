package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreResult;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;

/** The store on a real, embedded PostgreSQL: one server for the class, in a temporary directory. */
class PostgresStoreIT {
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

  /**
   * The army's shelling of Aleppo on the 11th of {@code month} 2025: each test its own month, so
   * that the store does not merge one test's reports into another's event.
   */
  private static Event onDay(Article article, String eventId, int month) {
    return Reports.full(article, eventId, LocalDate.of(2025, month, 11), Reports.ALEPPO, 3, 5);
  }

  @Test
  void migrations_make_every_table_on_an_empty_server() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables"
            + " WHERE schemaname = 'public' ORDER BY tablename")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    assertEquals(List.of("actor", "article", "event", "event_block", "event_history",
        "event_source", "evidence", "flyway_schema_history", "place"), tables);
  }

  @Test
  void an_article_and_its_events_read_back_as_they_were_stored() {
    Article article = Reports.article("round-trip.txt",
        "Army shells Aleppo\nThree were killed when the army shelled Aleppo on Tuesday.");
    List<Event> events = List.of(Reports.full(article, "SR000001"),
        Reports.bare(article, "SR000002"));

    StoreResult result = store.store(article, events);

    assertTrue(result.stored());
    assertEquals(2, result.events());
    StoredArticle stored = store.article(ContentHash.of(article)).orElseThrow();
    assertEquals(result.articleId(), stored.id());
    assertEquals("round-trip.txt", stored.inputId());
    assertEquals(article.text(), stored.text());
    assertEquals(article.metadata().title(), stored.title());
    assertEquals(article.metadata().published(), stored.published());
    assertEquals(article.metadata().publishedFrom(), stored.publishedFrom());
    assertEquals(article.metadata().url(), stored.url());
    assertEquals(Optional.of("en"), stored.language());
    List<StoredEvent> read = store.eventsOf(result.articleId());
    assertEquals(events, read.stream().map(StoredEvent::event).toList());
    assertEquals(read.get(0), store.event(read.get(0).id()).orElseThrow());
    assertEquals(Optional.empty(), store.event(-1));
  }

  @Test
  void every_event_has_its_article_as_source_and_a_created_entry() throws SQLException {
    Article article = Reports.article("sources.txt", "Shelling\nThe army shelled Idlib.");
    StoreResult result = store.store(article, List.of(onDay(article, "SR000003", 4)));
    long eventId = store.eventsOf(result.articleId()).get(0).id();
    try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery(
          "SELECT article_id FROM event_source WHERE event_id = " + eventId)) {
        assertTrue(r.next());
        assertEquals(result.articleId(), r.getLong(1));
        assertFalse(r.next());
      }
      try (ResultSet r = s.executeQuery("SELECT change, by_article, details->>'event_id'"
          + " FROM event_history WHERE event_id = " + eventId)) {
        assertTrue(r.next());
        assertEquals("created", r.getString(1));
        assertEquals(result.articleId(), r.getLong(2));
        assertEquals("SR000003", r.getString(3));
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM event WHERE"
          + " to_tsvector('english', notes || ' ' || evidence_text)"
          + " @@ websearch_to_tsquery('english', 'shelling') AND id = " + eventId)) {
        r.next();
        assertEquals(1, r.getLong(1), "full text finds the evidence word 'shelled'");
      }
    }
  }

  @Test
  void the_same_text_again_stores_nothing() {
    Article first = Reports.article("once.txt", "Clash\nFighters clashed near Raqqa.");
    Article again = Reports.article("https://example.org/same", first.text());
    StoreResult stored = store.store(first, List.of(onDay(first, "SR000004", 5)));
    long articles = store.articleCount();
    long events = store.eventCount();

    StoreResult second = store.store(again, List.of(onDay(again, "SR000004", 5)));

    assertFalse(second.stored());
    assertEquals(0, second.events());
    assertEquals(stored.articleId(), second.articleId());
    assertEquals(articles, store.articleCount());
    assertEquals(events, store.eventCount());
  }

  @Test
  void two_threads_storing_one_text_at_once_store_it_once() throws Exception {
    Article article = Reports.article("race.txt", "Race\nTwo threads raced to store this.");
    List<Event> events = List.of(onDay(article, "SR000005", 6));
    long before = store.articleCount();
    CountDownLatch start = new CountDownLatch(1);
    Callable<StoreResult> storing = () -> {
      start.await();
      return store.store(article, events);
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<StoreResult> a = pool.submit(storing);
      Future<StoreResult> b = pool.submit(storing);
      start.countDown();
      assertTrue(a.get().stored() ^ b.get().stored(), "exactly one of them stored it");
      assertEquals(a.get().articleId(), b.get().articleId());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before + 1, store.articleCount());
    assertEquals(1, store.eventsOf(store.article(ContentHash.of(article)).orElseThrow().id())
        .size());
  }

  @Test
  void a_failure_in_the_middle_of_an_article_leaves_nothing_of_it() {
    Article article = Reports.article("broken.txt", "Broken\nThe second event is refused.");
    Event refused = onDay(article, "SR000007", 7).withFatalities(-1);
    long articles = store.articleCount();
    long events = store.eventCount();

    StoreException e = assertThrows(StoreException.class, () -> store.store(article,
        List.of(onDay(article, "SR000006", 7), refused)));

    assertTrue(e.getMessage().startsWith("broken.txt: not stored: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(Optional.empty(), store.article(ContentHash.of(article)));
    assertEquals(articles, store.articleCount());
    assertEquals(events, store.eventCount());
    // The text is not marked as stored: it can be stored once the problem is fixed.
    assertTrue(store.store(article, List.of(onDay(article, "SR000006", 7))).stored());
  }
}
