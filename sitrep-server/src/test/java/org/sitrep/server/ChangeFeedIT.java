package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.SubEventType;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * The change feed ({@code updated_since}) and the GeoJSON export, on a real embedded PostgreSQL:
 * three events, one of them without a place, then one corrected.
 */
class ChangeFeedIT {
  @TempDir static Path dataDir;

  static PostgresStore store;
  static ApiServer server;
  static Instant beforeCorrection;
  static final List<String> problems = new ArrayList<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    Article a = Samples.article("syria.txt",
        "Syria\nThe army shelled Aleppo on Saturday. Militia clashed somewhere on Wednesday.");
    store.store(a, List.of(
        Samples.event(a, "S1", "2025-03-01", SubEventType.SHELLING_ARTILLERY_MISSILE,
            "Military Forces of Syria (2000-)", null, Samples.ALEPPO, 3, "shelled"),
        Samples.event(a, "S2", "2025-03-05", SubEventType.ARMED_CLASH, "Militia (Pro-Government)",
            null, null, 7, "clashed")));
    Article b = Samples.article("ukraine.txt", "Ukraine\nA drone struck Kharkiv overnight.");
    store.store(b, List.of(Samples.event(b, "U1", "2025-03-03", SubEventType.AIR_DRONE_STRIKE,
        "Military Forces of Russia (2000-)", null, Samples.KHARKIV, 1, "drone")));
    server = ApiServer.start(store, store, store, ServerOptions.local(0), problems::add);
    Thread.sleep(20);
    beforeCorrection = Instant.now();
    long s1 = listed("").stream().filter(e -> e.get("event_id").asText().equals("S1"))
        .findFirst().orElseThrow().get("id").asLong();
    HttpResponse<String> patched = http.send(request("/api/events/" + s1)
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(
            "{\"fatalities\": 4, \"reason\": \"four\", \"by\": \"anna\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, patched.statusCode(), patched.body());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void every_event_says_when_it_last_changed() throws Exception {
    for (JsonNode e : listed("")) {
      assertTrue(Instant.parse(e.get("updated_at").asText()).isBefore(Instant.now()),
          e.toString());
    }
  }

  @Test
  void updated_since_lists_only_what_changed_since_oldest_change_first() throws Exception {
    List<JsonNode> changed = listed("updated_since=" + enc(beforeCorrection.toString()));
    assertEquals(List.of("S1"), changed.stream().map(e -> e.get("event_id").asText()).toList());
    assertEquals(4, changed.get(0).get("fatalities").asInt());
    List<JsonNode> all = listed("updated_since=2000-01-01");
    assertEquals(3, all.size());
    assertEquals("S1", all.get(2).get("event_id").asText(), "the last changed comes last");
    for (int i = 1; i < all.size(); i++) {
      assertFalse(Instant.parse(all.get(i).get("updated_at").asText())
          .isBefore(Instant.parse(all.get(i - 1).get("updated_at").asText())));
    }
    assertEquals(List.of(), listed("updated_since=2999-01-01T00:00:00%2B02:00"));
  }

  @Test
  void the_exports_take_updated_since_too() throws Exception {
    String since = enc(beforeCorrection.toString());
    String jsonl = get("/api/export.jsonl?updated_since=" + since).body();
    assertEquals(1, jsonl.split("\n").length, jsonl);
    String csv = get("/api/export.csv?updated_since=" + since).body();
    assertEquals(2, csv.split("\r\n").length, csv);
  }

  @Test
  void a_bad_updated_since_is_400_naming_it() throws Exception {
    for (String bad : List.of("yesterday", "2025-03-01T10:00", "2025-13-01", "")) {
      HttpResponse<String> r = get("/api/events?updated_since=" + enc(bad));
      assertEquals(400, r.statusCode(), bad + ": " + r.body());
      assertEquals("updated_since", mapper.readTree(r.body()).get("parameter").asText());
    }
  }

  @Test
  void geojson_is_an_rfc7946_feature_collection_of_points() throws Exception {
    HttpResponse<String> r = get("/api/export.geojson");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow()
        .startsWith("application/geo+json"));
    JsonNode fc = mapper.readTree(r.body());
    assertEquals("FeatureCollection", fc.get("type").asText());
    assertFalse(fc.has("crs"), "RFC 7946 has no crs member");
    assertEquals(1, fc.get("omitted_without_coordinates").asInt(), "S2 has no place");
    JsonNode features = fc.get("features");
    assertEquals(2, features.size());
    for (JsonNode f : features) {
      assertEquals("Feature", f.get("type").asText());
      assertTrue(f.get("id").isNumber());
      assertEquals("Point", f.get("geometry").get("type").asText());
      JsonNode xy = f.get("geometry").get("coordinates");
      assertEquals(2, xy.size());
      double lon = xy.get(0).asDouble();
      double lat = xy.get(1).asDouble();
      assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, xy.toString());
      JsonNode p = f.get("properties");
      // Longitude first: the properties, named as ACLED names them, say which is which.
      assertEquals(p.get("longitude").asDouble(), lon, 1e-9);
      assertEquals(p.get("latitude").asDouble(), lat, 1e-9);
      assertTrue(p.has("event_date") && p.has("sub_event_type") && p.has("fatalities")
          && p.has("evidence") && p.has("updated_at"), p.toString());
    }
    JsonNode kharkiv = mapper.readTree(get("/api/export.geojson?country=UKR").body());
    JsonNode xy = kharkiv.get("features").get(0).get("geometry").get("coordinates");
    assertEquals(36.25272, xy.get(0).asDouble(), 1e-9);
    assertEquals(49.98081, xy.get(1).asDouble(), 1e-9);
    assertEquals(0, kharkiv.get("omitted_without_coordinates").asInt());
    JsonNode none = mapper.readTree(get("/api/export.geojson?country=France").body());
    assertEquals(0, none.get("features").size());
    assertEquals(400, get("/api/export.geojson?limit=3").statusCode());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  private static List<JsonNode> listed(String query) throws Exception {
    HttpResponse<String> r = get("/api/events?" + query);
    assertEquals(200, r.statusCode(), r.body());
    List<JsonNode> events = new ArrayList<>();
    mapper.readTree(r.body()).get("events").forEach(events::add);
    return events;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
