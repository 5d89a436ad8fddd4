package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/** The exports of more events than a page of the store holds, on a real embedded PostgreSQL. */
class ExportIT {
  @TempDir static Path dataDir;

  static PostgresStore store;
  static ApiServer server;
  static final List<String> problems = new ArrayList<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();

  /** Reported: more than two of the largest pages; a few may be merged when stored. */
  static final int REPORTED = 2 * EventFilter.MAX_LIMIT + 103;

  @BeforeAll
  static void start() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    for (int first = 0; first < REPORTED; first += 100) {
      Article a = Samples.article("a" + first + ".txt", "Report " + first + "\nArmy shelled.");
      List<Event> events = new ArrayList<>();
      for (int i = first; i < Math.min(first + 100, REPORTED); i++) {
        // Every fourth without a place: GeoJSON counts it instead of writing it.
        events.add(Samples.event(a, "E" + i, LocalDate.of(2020, 1, 1).plusDays(i).toString(),
            SubEventType.SHELLING_ARTILLERY_MISSILE, "Army " + i, null,
            i % 4 == 0 ? null : Samples.ALEPPO, i % 9, "shelled"));
      }
      store.store(a, events);
    }
    server = ApiServer.start(store, ServerOptions.local(0), problems::add);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void jsonl_gives_every_event_once_in_the_pages_order() throws Exception {
    List<StoredEvent> paged = pages(EventFilter.all());
    assertTrue(paged.size() > 2 * EventFilter.MAX_LIMIT, "" + paged.size());
    assertEquals(store.eventCount(), paged.size());

    List<Long> exported = new ArrayList<>();
    for (String line : body(200, "/api/export.jsonl").split("\n")) {
      exported.add(mapper.readTree(line).get("id").asLong());
    }
    assertEquals(paged.stream().map(StoredEvent::id).toList(), exported);
    assertEquals(exported.size(), new HashSet<>(exported).size());

    List<Long> oldestFirst = new ArrayList<>();
    for (String line : body(200, "/api/export.jsonl?sort=event_date").split("\n")) {
      oldestFirst.add(mapper.readTree(line).get("id").asLong());
    }
    List<Long> reversed = new ArrayList<>(exported);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, oldestFirst);
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void csv_and_geojson_hold_every_event() throws Exception {
    List<StoredEvent> paged = pages(EventFilter.all());
    String[] rows = body(200, "/api/export.csv").split("\r\n");
    assertEquals(paged.size() + 1, rows.length);
    assertTrue(rows[1].startsWith(paged.get(0).event().eventId() + ","), rows[1]);

    JsonNode geo = mapper.readTree(body(200, "/api/export.geojson"));
    long placeless = paged.stream().filter(e -> e.event().place().isEmpty()).count();
    assertTrue(placeless > 0);
    assertEquals(placeless, geo.get("omitted_without_coordinates").asLong());
    List<Long> features = new ArrayList<>();
    geo.get("features").forEach(f -> features.add(f.get("id").asLong()));
    assertEquals(paged.stream().filter(e -> e.event().place().isPresent())
        .map(StoredEvent::id).toList(), features);
  }

  @Test
  void a_store_failing_before_the_first_event_is_a_503_in_json() throws Exception {
    EventQuery failing = (EventQuery) Proxy.newProxyInstance(EventQuery.class.getClassLoader(),
        new Class<?>[] {EventQuery.class}, (proxy, method, args) -> {
          throw new StoreException("the store is down");
        });
    List<String> told = new ArrayList<>();
    try (ApiServer down = ApiServer.start(failing, ServerOptions.local(0), told::add)) {
      for (String path : List.of("/api/export.csv", "/api/export.jsonl", "/api/export.geojson",
          "/api/export/training.jsonl")) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + down.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow()
            .startsWith("application/json"), path);
        assertTrue(mapper.readTree(r.body()).toString().contains("store failed"), r.body());
      }
    }
    assertEquals(4, told.size(), told.toString());
  }

  /** The filter's events as {@code search} pages them, nothing being stored meanwhile. */
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

  private static String body(int status, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    return r.body();
  }
}
