package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.store.Correction;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;
import org.sitrep.store.Page;
import org.sitrep.store.StoredEvent;

/** {@code each}, the exports' read, on a real embedded PostgreSQL, over several fetches. */
class EventEachIT {
  @TempDir static Path dataDir;

  static PostgresStore store;

  /** Events reported: more than two of {@link EventSearch#FETCH}, and not a multiple of it. */
  static final int REPORTED = 2 * EventSearch.FETCH + 203;

  /** Events stored: the store merges a few reports of nearby days at one place of two articles. */
  static int stored;

  private static final Place KHARKIV = new Place(706483, "Kharkiv", 49.98081, 36.25272, "PPLA",
      "Ukraine", "UKR", "Kharkivska", "Kharkivskyi", 1_430_885);

  @BeforeAll
  static void open() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    for (int first = 0; first < REPORTED; first += 100) {
      Article a = Reports.article("a" + first + ".txt", "Report " + first + "\nThe army shelled.");
      List<Event> events = new ArrayList<>();
      for (int i = first; i < Math.min(first + 100, REPORTED); i++) {
        events.add(Reports.full(a, "E" + i, LocalDate.of(2020, 1, 1).plusDays(i),
            i % 3 == 0 ? KHARKIV : Reports.ALEPPO, i % 17, 0));
      }
      store.store(a, events);
    }
    stored = (int) store.eventCount();
    assertTrue(stored > 2 * EventSearch.FETCH, "" + stored);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void every_event_once_in_the_filters_order_its_offset_and_limit_ignored() throws IOException {
    List<StoredEvent> all = each(EventFilter.builder().limit(3).offset(7).build());

    assertEquals(stored, all.size());
    assertEquals(stored, new HashSet<>(eventIds(all)).size());
    // Newest first.
    for (int k = 1; k < all.size(); k++) {
      assertTrue(all.get(k - 1).event().eventDate().orElseThrow()
          .isAfter(all.get(k).event().eventDate().orElseThrow()), "" + k);
    }
    assertEquals(eventIds(pages(EventFilter.all())), eventIds(all));
    // Each with its evidence, as search gives it, in every fetch.
    for (StoredEvent e : all) {
      assertEquals(2, e.event().evidence().size(), e.event().eventId());
    }
    assertEquals(pages(EventFilter.all()).get(stored - 1), all.get(stored - 1));
  }

  @Test
  void filters_and_sort_as_search_has_them() throws IOException {
    EventFilter ukraine = EventFilter.builder().country("ukr").sort(EventSort.FATALITIES)
        .from(LocalDate.of(2020, 3, 1)).build();
    List<StoredEvent> found = each(ukraine);

    assertEquals(eventIds(pages(ukraine)), eventIds(found));
    assertTrue(found.size() > EventSearch.FETCH / 2, "" + found.size());
    for (int k = 1; k < found.size(); k++) {
      assertTrue(found.get(k - 1).event().fatalities() <= found.get(k).event().fatalities());
    }
    found.forEach(e -> assertEquals("UKR", e.event().place().orElseThrow().iso3()));
    assertEquals(List.of(), each(EventFilter.builder().actor("no such actor").build()));
  }

  @Test
  void rejected_events_only_when_asked_for() throws IOException {
    StoredEvent some = store.search(EventFilter.all()).items().get(0);
    store.correct(some.id(), reject(true), "tester", "not an event");
    try {
      List<StoredEvent> kept = each(EventFilter.all());
      assertEquals(stored - 1, kept.size());
      assertTrue(kept.stream().noneMatch(e -> e.id() == some.id()));
      List<StoredEvent> all = each(EventFilter.all().withRejected(true));
      assertEquals(stored, all.size());
      assertTrue(all.stream().filter(e -> e.id() == some.id()).findFirst().orElseThrow()
          .rejected());
    } finally {
      store.correct(some.id(), reject(false), "tester", "an event after all");
    }
  }

  @Test
  void what_the_consumer_throws_stops_the_read_and_leaves_the_store_readable() throws Exception {
    List<StoredEvent> taken = new ArrayList<>();
    IOException gone = assertThrows(IOException.class, () -> store.each(EventFilter.all(), e -> {
      taken.add(e);
      if (taken.size() == EventSearch.FETCH + 1) {
        throw new IOException("client gone");
      }
    }));
    assertEquals("client gone", gone.getMessage());
    assertEquals(EventSearch.FETCH + 1, taken.size());
    // Every pooled connection came back usable, with autocommit on.
    for (int k = 0; k < Pool.defaultSize() + 1; k++) {
      assertEquals(stored, each(EventFilter.all()).size());
    }
  }

  private static Correction reject(boolean notAnEvent) {
    return new Correction(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(notAnEvent));
  }

  private static List<StoredEvent> each(EventFilter filter) throws IOException {
    List<StoredEvent> events = new ArrayList<>();
    store.each(filter, events::add);
    return events;
  }

  /** The filter's events as search pages them, nothing being stored meanwhile. */
  private static List<StoredEvent> pages(EventFilter filter) {
    List<StoredEvent> events = new ArrayList<>();
    Page<StoredEvent> page = store.search(filter.withOffset(0));
    while (true) {
      events.addAll(page.items());
      if (!page.hasMore() || page.items().isEmpty()) {
        return events;
      }
      page = store.search(filter.withOffset(events.size()));
    }
  }

  private static List<String> eventIds(List<StoredEvent> events) {
    return events.stream().map(e -> e.event().eventId()).toList();
  }
}
