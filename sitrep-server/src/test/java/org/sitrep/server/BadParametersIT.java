package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.sitrep.store.IntakeResult;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * A bad value for each parameter of each endpoint is a 4xx whose JSON body names the parameter
 * ({@code "parameter"}) and says what is wrong ({@code "error"}): issue 11, item 6.
 */
class BadParametersIT {
  @TempDir static Path dataDir;

  static PostgresStore store;
  static ApiServer server;
  static long event;
  static long article;
  static final List<String> problems = new ArrayList<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();

  /** Every filter with values it cannot take; the exports take the same filters. */
  static final Map<String, List<String>> BAD_FILTERS = Map.ofEntries(
      Map.entry("from", List.of("2025-13-01", "yesterday", "", "2025-3-1")),
      Map.entry("to", List.of("2025-02-30", "tomorrow")),
      Map.entry("bbox", List.of("1,2,3", "a,b,c,d", "10,0,5,1", "0,-91,1,1", "0,0,181,1", "")),
      Map.entry("country", List.of("x".repeat(201))),
      Map.entry("actor", List.of("x".repeat(201))),
      Map.entry("event_type", List.of("War", "")),
      Map.entry("sub_event_type", List.of("Skirmish", "")),
      Map.entry("q", List.of("x".repeat(201))),
      Map.entry("sort", List.of("date", "", "+fatalities")),
      Map.entry("include_rejected", List.of("yes", "")),
      Map.entry("updated_since", List.of("yesterday", "2025-03-01T10:00", "")),
      Map.entry("bbbox", List.of("1,2,3,4")));

  @BeforeAll
  static void start() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    Article a = Samples.article("syria.txt", "Syria\nThe army shelled Aleppo on Saturday.");
    var stored = store.store(a, List.of(Samples.event(a, "S1", "2025-03-01",
        SubEventType.SHELLING_ARTILLERY_MISSILE, "Military Forces of Syria (2000-)", null,
        Samples.ALEPPO, 3, "shelled")));
    article = stored.articleId();
    event = store.eventsOf(article).get(0).id();
    server = ApiServer.start(store, store, store,
        input -> new IntakeResult(article, false, List.of(event), List.of()),
        ServerOptions.local(0), problems::add);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void every_filter_of_the_list_and_the_exports() throws Exception {
    for (String path : List.of("/api/events", "/api/export.csv", "/api/export.jsonl",
        "/api/export.geojson", "/api/export/training.jsonl")) {
      for (Map.Entry<String, List<String>> p : BAD_FILTERS.entrySet()) {
        for (String value : p.getValue()) {
          assertBad(get(path + "?" + p.getKey() + "=" + enc(value)), 400, p.getKey());
        }
      }
      assertBad(get(path + "?country=SYR&country=UKR"), 400, "country");
      assertBad(get(path + "?from=2025-03-02&to=2025-03-01"), 400, "from");
      assertBad(get(path + "?event_type=Battles&sub_event_type=" + enc("Air/drone strike")), 400,
          "sub_event_type");
    }
  }

  @Test
  void paging_of_the_list_and_its_absence_in_the_exports() throws Exception {
    for (String value : List.of("0", "501", "-1", "ten", "", "1.5", "99999999999")) {
      assertBad(get("/api/events?limit=" + enc(value)), 400, "limit");
    }
    for (String value : List.of("-1", "x", "", "99999999999")) {
      assertBad(get("/api/events?offset=" + enc(value)), 400, "offset");
    }
    for (String path : List.of("/api/export.csv", "/api/export.jsonl", "/api/export.geojson",
        "/api/export/training.jsonl")) {
      assertBad(get(path + "?limit=10"), 400, "limit");
      assertBad(get(path + "?offset=10"), 400, "offset");
    }
  }

  @Test
  void ids_in_paths() throws Exception {
    for (String id : List.of("abc", "0", "-1", "1.5", "99999999999999999999")) {
      for (String path : List.of("/api/events/%s", "/api/events/%s/history",
          "/api/articles/%s")) {
        assertBad(get(String.format(java.util.Locale.ROOT, path, enc(id))), 400, "id");
      }
      assertBad(patch(id, "{\"fatalities\": 1, \"reason\": \"r\", \"by\": \"b\"}"), 400, "id");
      assertBad(post("/api/events/" + enc(id) + "/split",
          "{\"article_id\": 1, \"reason\": \"r\", \"by\": \"b\"}"), 400, "id");
    }
  }

  @Test
  void every_field_of_a_correction() throws Exception {
    String ok = "\"reason\": \"r\", \"by\": \"b\"";
    Map<String, List<String>> bad = Map.ofEntries(
        Map.entry("sub_event_type", List.of("\"Skirmish\"", "3")),
        Map.entry("actor1", List.of("4", "\"" + "x".repeat(201) + "\"")),
        Map.entry("actor2", List.of("true")),
        Map.entry("event_date", List.of("\"2025-13-01\"", "\"March\"", "20250301")),
        Map.entry("time_precision", List.of("0", "4", "\"day\"", "1.5")),
        Map.entry("location", List.of("[]")),
        Map.entry("country", List.of("{}")),
        Map.entry("fatalities", List.of("-1", "\"three\"", "2.5", "99999999999")),
        Map.entry("injured", List.of("-1")),
        Map.entry("captured", List.of("\"none\"")),
        Map.entry("not_an_event", List.of("\"yes\"", "1")),
        Map.entry("latitude", List.of("91", "\"north\"")),
        Map.entry("longitude", List.of("-181")),
        Map.entry("colour", List.of("\"red\"")));
    for (Map.Entry<String, List<String>> field : bad.entrySet()) {
      for (String value : field.getValue()) {
        String extra = field.getKey().equals("latitude") ? ", \"longitude\": 1"
            : field.getKey().equals("longitude") ? ", \"latitude\": 1" : "";
        assertBad(patch(String.valueOf(event), "{\"" + field.getKey() + "\": " + value + extra
            + ", " + ok + "}"), 400, field.getKey());
      }
    }
    assertBad(patch(String.valueOf(event), "{\"latitude\": 1, " + ok + "}"), 400, "longitude");
    assertBad(patch(String.valueOf(event), "{\"fatalities\": null, " + ok + "}"), 400,
        "fatalities");
    assertBad(patch(String.valueOf(event), "{\"fatalities\": 1, \"by\": \"b\"}"), 400, "reason");
    assertBad(patch(String.valueOf(event), "{\"fatalities\": 1, \"reason\": \"r\"}"), 400, "by");
    assertBad(patch(String.valueOf(event), "{\"fatalities\": 1, \"reason\": \""
        + "x".repeat(501) + "\", \"by\": \"b\"}"), 400, "reason");
    assertBad(patch(String.valueOf(event), "{" + ok + "}"), 400, "body");
    assertBad(patch(String.valueOf(event), "not json"), 400, "body");
    assertBad(patch(String.valueOf(event), "[]"), 400, "body");
    assertBad(patch(String.valueOf(event), ""), 400, "body");
  }

  @Test
  void every_field_of_a_split() throws Exception {
    String path = "/api/events/" + event + "/split";
    assertBad(post(path, "{\"reason\": \"r\", \"by\": \"b\"}"), 400, "article_id");
    assertBad(post(path, "{\"article_id\": \"one\", \"reason\": \"r\", \"by\": \"b\"}"), 400,
        "article_id");
    // The article the event was first made from cannot be split off it.
    assertBad(post(path, "{\"article_id\": " + article + ", \"reason\": \"r\", \"by\": \"b\"}"),
        400, "article_id");
    assertBad(post(path, "{\"article_id\": 999999, \"reason\": \"r\", \"by\": \"b\"}"), 400,
        "article_id");
    assertBad(post(path, "{\"article_id\": 1, \"by\": \"b\"}"), 400, "reason");
    assertBad(post(path, "{\"article_id\": 1, \"reason\": \"r\"}"), 400, "by");
    assertBad(post(path, "{\"article_id\": 1, \"reason\": \"r\", \"by\": \"b\", \"x\": 1}"),
        400, "x");
    assertBad(post(path, "{"), 400, "body");
  }

  @Test
  void the_body_types_of_writes() throws Exception {
    HttpResponse<String> form = http.send(request("/api/events/" + event)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("fatalities=1")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(415, form.statusCode(), form.body());
    HttpResponse<String> article = http.send(request("/api/articles")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("text=hello")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertBad(article, 415, "Content-Type");
    assertTrue(problems.isEmpty(), problems.toString());
  }

  private static void assertBad(HttpResponse<String> r, int status, String parameter)
      throws Exception {
    String where = r.request().method() + " " + r.request().uri();
    assertEquals(status, r.statusCode(), where + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        where);
    JsonNode body = mapper.readTree(r.body());
    assertEquals(parameter, body.path("parameter").asText(null), where + ": " + r.body());
    assertTrue(!body.get("error").asText().isBlank(), where);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> patch(String id, String body) throws Exception {
    return http.send(request("/api/events/" + enc(id)).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
