package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
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
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;
import org.sitrep.store.InvalidFilterException;
import org.sitrep.store.Page;
import org.sitrep.store.StoreResult;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;

/** {@code search}, {@code article(id)} and {@code sourcesOf} on a real, embedded PostgreSQL. */
class EventSearchIT {
  @TempDir static Path dataDir;

  static PostgresStore store;
  static StoreResult syria;

  private static final Place ALEPPO = new Place(170063, "Aleppo", 36.20124, 37.16117, "PPLA",
      "Syria", "SYR", "Aleppo", "Jebel Saman", 1_602_264);
  private static final Place KHARKIV = new Place(706483, "Kharkiv", 49.98081, 36.25272, "PPLA",
      "Ukraine", "UKR", "Kharkivska", "Kharkivskyi", 1_430_885);

  @BeforeAll
  static void open() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    Article a = Reports.article("syria.txt", "Syria\nThe army shelled Aleppo; militia clashed.");
    syria = store.store(a, List.of(
        event(a, "S1", "2025-03-01", SubEventType.SHELLING_ARTILLERY_MISSILE, "Military Forces"
            + " of Syria (2000-)", ALEPPO, 3, "Shelling of Aleppo"),
        event(a, "S2", "2025-03-05", SubEventType.ARMED_CLASH, "Militia 100%_Free", ALEPPO, 7,
            "Armed clash near Aleppo"),
        event(a, "S3", null, SubEventType.ARMED_CLASH, "Unidentified Armed Group", null, 0,
            "A clash somewhere")));
    Article b = Reports.article("ukraine.txt", "Ukraine\nA drone struck Kharkiv.");
    store.store(b, List.of(
        event(b, "U1", "2025-03-03", SubEventType.AIR_DRONE_STRIKE, "Military Forces of Russia"
            + " (2000-)", KHARKIV, 1, "Drone strike on Kharkiv")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everything_newest_first_undated_last() {
    Page<StoredEvent> page = store.search(EventFilter.all());
    assertEquals(List.of("S2", "U1", "S1", "S3"), ids(page));
    assertEquals(4, page.total());
    assertFalse(page.hasMore());
  }

  @Test
  void filters_combine_and_count_all_that_pass() {
    EventFilter f = EventFilter.builder().from(LocalDate.parse("2025-03-02"))
        .bbox(new BoundingBox(35, 30, 43, 38)).build();
    assertEquals(List.of("S2"), ids(store.search(f)));
    assertEquals(List.of("U1"), ids(store.search(EventFilter.builder().country("ukraine")
        .build())));
    assertEquals(List.of("U1"), ids(store.search(EventFilter.builder().country("ukr").build())));
    assertEquals(List.of("S2", "S3"), ids(store.search(EventFilter.builder()
        .eventType(EventType.BATTLES).build())));
    assertEquals(List.of("U1"), ids(store.search(EventFilter.builder().text("drone").build())));
    assertEquals(List.of("S2", "U1", "S1"), ids(store.search(EventFilter.builder()
        .to(LocalDate.parse("2025-12-31")).build())));
  }

  @Test
  void updated_since_lists_what_changed_since_in_the_order_of_the_changes() {
    Page<StoredEvent> all = store.search(EventFilter.builder()
        .updatedSince(Instant.parse("2000-01-01T00:00:00Z")).build());
    // Stored in two transactions: the Syrian article's events first, then the Ukrainian one.
    assertEquals(List.of("S1", "S2", "S3", "U1"), ids(all));
    assertTrue(all.items().stream().allMatch(e -> e.updatedAt().isPresent()));
    Instant last = all.items().get(3).updatedAt().orElseThrow();
    assertEquals(List.of("U1"), ids(store.search(EventFilter.builder().updatedSince(last)
        .build())));
    assertEquals(List.of(), ids(store.search(EventFilter.builder()
        .updatedSince(last.plusSeconds(1)).build())));
    assertEquals(List.of("U1", "S3", "S2", "S1"), ids(store.search(EventFilter.builder()
        .updatedSince(Instant.EPOCH).sort(EventSort.UPDATED_AT_DESC).build())));
    assertEquals(List.of(), store.mergedInto(syria.articleId()));
  }

  @Test
  void actor_is_a_substring_in_any_case_and_its_wildcards_are_literal() {
    assertEquals(List.of("U1", "S1"), ids(store.search(EventFilter.builder()
        .actor("military forces").build())));
    assertEquals(List.of("S2"), ids(store.search(EventFilter.builder().actor("100%_f")
        .build())));
    assertEquals(List.of(), ids(store.search(EventFilter.builder().actor("a%").build())));
    assertEquals(List.of("S2"), ids(store.search(EventFilter.builder().actor("_").build())));
    assertEquals(List.of(), ids(store.search(EventFilter.builder().actor("'; DROP TABLE event; --")
        .build())));
    assertEquals(4, store.eventCount());
  }

  @Test
  void pages_neither_repeat_nor_skip_and_say_the_total() {
    List<String> seen = new ArrayList<>();
    EventFilter f = EventFilter.builder().sort(EventSort.FATALITIES_DESC).limit(3).build();
    Page<StoredEvent> first = store.search(f);
    assertTrue(first.hasMore());
    assertEquals(4, first.total());
    seen.addAll(ids(first));
    Page<StoredEvent> second = store.search(f.withOffset(3));
    assertEquals(4, second.total());
    assertFalse(second.hasMore());
    seen.addAll(ids(second));
    assertEquals(List.of("S2", "S1", "U1", "S3"), seen);
  }

  @Test
  void a_total_past_the_count_cap_is_a_lower_bound_that_still_says_more_follow()
      throws Exception {
    EventFilter one = EventFilter.builder().limit(1).build();
    try (java.sql.Connection c = store.dataSource().getConnection()) {
      // Cap 2: counting stops at 3 events (max(cap, offset + limit) + 1) of the 4 stored.
      Page<StoredEvent> capped = EventSearch.run(c, one, 2);
      assertEquals(List.of("S2"), ids(capped));
      assertEquals(3, capped.total());
      assertFalse(capped.totalExact());
      assertTrue(capped.hasMore());
      // Past the cap the count reaches the page's end: the last page knows it is the last.
      Page<StoredEvent> last = EventSearch.run(c, one.withOffset(3), 2);
      assertEquals(List.of("S3"), ids(last));
      assertEquals(4, last.total());
      assertTrue(last.totalExact());
      assertFalse(last.hasMore());
      Page<StoredEvent> third = EventSearch.run(c, one.withOffset(2), 2);
      assertTrue(third.hasMore(), "a lower bound past the page still says more follow");
      // Under the cap the total is exact, as it was before the cap.
      Page<StoredEvent> exact = EventSearch.run(c, one, 4);
      assertEquals(4, exact.total());
      assertTrue(exact.totalExact());
    }
  }

  @Test
  void events_come_with_their_evidence_and_sources() {
    StoredEvent e = store.search(EventFilter.builder().actor("Militia 100").build()).items()
        .get(0);
    assertEquals(store.event(e.id()).orElseThrow(), e);
    List<StoredArticle> sources = store.sourcesOf(e.id());
    assertEquals(List.of(syria.articleId()), sources.stream().map(StoredArticle::id).toList());
    assertEquals("syria.txt", store.article(syria.articleId()).orElseThrow().inputId());
    assertEquals(Optional.empty(), store.article(-5));
    assertEquals(List.of(), store.sourcesOf(-5));
  }

  @Test
  void bad_values_name_their_filter() {
    assertEquals("limit", assertThrows(InvalidFilterException.class,
        () -> EventFilter.builder().limit(501).build()).parameter());
    assertEquals("bbox", assertThrows(InvalidFilterException.class,
        () -> BoundingBox.parse("1,2,3")).parameter());
    assertEquals("from", assertThrows(InvalidFilterException.class,
        () -> EventFilter.builder().from(LocalDate.parse("2025-02-01"))
            .to(LocalDate.parse("2025-01-01")).build()).parameter());
  }

  private static List<String> ids(Page<StoredEvent> page) {
    return page.items().stream().map(e -> e.event().eventId()).toList();
  }

  static Event event(Article a, String id, String date, SubEventType type, String actor1,
      Place place, int fatalities, String notes) {
    return new Event(id, a.id(), Optional.ofNullable(date).map(LocalDate::parse),
        TimePrecision.DAY, type, Optional.of(new Actor(actor1, 1, "", "", false)), List.of(),
        Optional.empty(), List.of(), Optional.ofNullable(place), GeoPrecision.EXACT, "Reuters",
        notes, fatalities, 0, 0, "", "", Modality.ASSERTED, 0.8,
        Reports.full(a, id).evidence());
  }
}
