package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
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
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.model.Article;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.store.StoreResult;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * The API on a real, embedded PostgreSQL: one store and one server for the class, on a free port,
 * called as a client would with the JDK's HTTP client.
 */
class ApiServerIT {
  @TempDir static Path dataDir;

  static PostgresStore store;
  static ApiServer server;
  static StoreResult syria;
  static final List<String> problems = new ArrayList<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    Article a = Samples.article("syria.txt",
        "Syria\nThe army shelled Aleppo on Saturday. Militia clashed with the army on Wednesday.");
    syria = store.store(a, List.of(
        Samples.event(a, "S1", "2025-03-01", SubEventType.SHELLING_ARTILLERY_MISSILE,
            "Military Forces of Syria (2000-)", "Civilians (Syria)", Samples.ALEPPO, 3,
            "shelled"),
        Samples.event(a, "S2", "2025-03-05", SubEventType.ARMED_CLASH, "Militia (Pro-Government)",
            "Military Forces of Syria (2000-)", Samples.ALEPPO, 7, "clashed")));
    Article b = Samples.article("ukraine.txt", "Ukraine\nA drone struck Kharkiv overnight.");
    store.store(b, List.of(Samples.event(b, "U1", "2025-03-03", SubEventType.AIR_DRONE_STRIKE,
        "Military Forces of Russia (2000-)", null, Samples.KHARKIV, 1, "drone")));
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
  void events_newest_first_as_the_schema_with_their_ids() throws Exception {
    JsonNode page = json(get("/api/events"), 200);
    assertEquals(List.of("S2", "U1", "S1"), eventIds(page));
    assertEquals(3, page.get("total").asInt());
    assertTrue(page.get("total_exact").asBoolean());
    assertEquals(100, page.get("limit").asInt());
    assertEquals(0, page.get("offset").asInt());
    assertTrue(page.get("next_offset").isNull());
    JsonNode first = page.get("events").get(0);
    assertTrue(first.get("id").asLong() > 0);
    assertEquals(syria.articleId(), first.get("article_id").asLong());
    assertEquals("Armed clash", first.get("sub_event_type").asText());
    assertEquals("Battles", first.get("event_type").asText());
    assertEquals("clashed", first.get("evidence").get(0).get("text").asText());
  }

  @Test
  void filters_find_what_they_say() throws Exception {
    assertEquals(List.of("U1", "S1"), ids("from=2025-03-01&to=2025-03-04"));
    assertEquals(List.of("S2", "S1"), ids("bbox=35,35,38,38"));
    assertEquals(List.of("U1"), ids("country=Ukraine"));
    assertEquals(List.of("S2", "S1"), ids("country=syr"));
    assertEquals(List.of("S2", "S1"), ids("actor=" + enc("forces of syria")));
    assertEquals(List.of("U1", "S1"), ids("event_type=" + enc("Explosions/Remote violence")));
    assertEquals(List.of("S2"), ids("sub_event_type=" + enc("armed clash")));
    assertEquals(List.of("U1"), ids("q=drone"));
    assertEquals(List.of("S2", "S1", "U1"), ids("sort=-fatalities"));
    assertEquals(List.of(), ids("country=France"));
  }

  @Test
  void pages_say_where_the_next_begins() throws Exception {
    JsonNode first = json(get("/api/events?limit=2"), 200);
    assertEquals(List.of("S2", "U1"), eventIds(first));
    assertEquals(3, first.get("total").asInt());
    assertEquals(2, first.get("next_offset").asInt());
    JsonNode second = json(get("/api/events?limit=2&offset=2"), 200);
    assertEquals(List.of("S1"), eventIds(second));
    assertTrue(second.get("next_offset").isNull());
  }

  @Test
  void bad_parameters_are_400_naming_the_parameter() throws Exception {
    assertBad("/api/events?bbox=1,2,3", "bbox");
    assertBad("/api/events?bbox=10,0,5,1", "bbox");
    assertBad("/api/events?from=2025-13-01", "from");
    assertBad("/api/events?to=yesterday", "to");
    assertBad("/api/events?limit=501", "limit");
    assertBad("/api/events?limit=ten", "limit");
    assertBad("/api/events?offset=-1", "offset");
    assertBad("/api/events?sort=date", "sort");
    assertBad("/api/events?event_type=War", "event_type");
    assertBad("/api/events?bbbox=1,2,3,4", "bbbox");
    assertBad("/api/events?country=a&country=b", "country");
    assertBad("/api/export.csv?limit=10", "limit");
    assertBad("/api/events/abc", "id");
  }

  @Test
  void an_event_comes_with_its_sources_and_evidence() throws Exception {
    long id = json(get("/api/events?q=drone"), 200).get("events").get(0).get("id").asLong();
    JsonNode event = json(get("/api/events/" + id), 200);
    assertEquals("U1", event.get("event_id").asText());
    assertEquals("drone", event.get("evidence").get(0).get("text").asText());
    JsonNode source = event.get("sources").get(0);
    assertEquals("https://example.org/ukraine.txt", source.get("url").asText());
    assertEquals("2025-03-12", source.get("published").asText());
  }

  @Test
  void an_events_history_says_it_was_created_by_its_article() throws Exception {
    long id = json(get("/api/events?q=drone"), 200).get("events").get(0).get("id").asLong();
    JsonNode history = json(get("/api/events/" + id + "/history"), 200);
    assertEquals(id, history.get("event_id").asLong());
    JsonNode created = history.get("history").get(0);
    assertEquals("created", created.get("kind").asText());
    assertTrue(created.get("article_id").isNumber(), history.toString());
    json(get("/api/events/999999/history"), 404);
  }

  @Test
  void an_article_comes_with_its_text_and_event_ids() throws Exception {
    JsonNode article = json(get("/api/articles/" + syria.articleId()), 200);
    assertEquals("Syria", article.get("title").asText());
    assertTrue(article.get("text").asText().startsWith("Syria\nThe army shelled"));
    assertEquals(2, article.get("event_ids").size());
  }

  @Test
  void unknown_ids_and_routes_are_404_and_writes_405_in_json() throws Exception {
    assertTrue(json(get("/api/events/999999"), 404).get("error").asText().contains("999999"));
    json(get("/api/articles/999999"), 404);
    json(get("/api/nothing"), 404);
    HttpResponse<String> post = http.send(request("/api/events")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode(), post.body());
  }

  @Test
  void a_large_request_body_is_refused_unread() throws Exception {
    // Headers only, sent by hand: a client still sending a body the server has refused can see
    // the connection reset before it reads the answer.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Length: 100000\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
  }

  @Test
  void csv_export_has_acled_header_and_every_matching_row() throws Exception {
    HttpResponse<String> csv = get("/api/export.csv?country=SYR");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(extractCsvHeader(), lines[0]);
    assertTrue(lines[0].startsWith("event_id,event_date,year,time_precision,disorder_type,"));
    assertEquals(3, lines.length, csv.body());
    assertTrue(lines[1].startsWith("S2,2025-03-05,2025,"), lines[1]);
    HttpResponse<String> none = get("/api/export.csv?country=France");
    assertEquals(extractCsvHeader() + "\r\n", none.body());
  }

  @Test
  void jsonl_export_has_one_event_per_line() throws Exception {
    HttpResponse<String> jsonl = get("/api/export.jsonl?sort=event_date");
    assertEquals(200, jsonl.statusCode(), jsonl.body());
    List<String> ids = new ArrayList<>();
    for (String line : jsonl.body().split("\n")) {
      ids.add(mapper.readTree(line).get("event_id").asText());
    }
    assertEquals(List.of("S1", "U1", "S2"), ids);
  }

  @Test
  void the_health_check_answers_and_no_cors_headers_are_sent() throws Exception {
    HttpResponse<String> health = http.send(request("/healthz")
        .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertEquals(Optional.empty(), health.headers().firstValue("Access-Control-Allow-Origin"));
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void a_port_in_use_is_said_in_one_line() {
    PortInUseException e = assertThrows(PortInUseException.class,
        () -> ApiServer.start(store, ServerOptions.local(server.port()), problems::add));
    assertTrue(e.getMessage().contains("in use"), e.getMessage());
  }

  @Test
  void an_open_address_without_a_token_serves_reads_and_refuses_every_write() throws Exception {
    try (ApiServer open = ApiServer.start(store, store, store,
        new ServerOptions("0.0.0.0", 0, Optional.empty()), problems::add)) {
      String base = "http://127.0.0.1:" + open.port();
      HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/events")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, read.statusCode(), read.body());
      for (HttpRequest write : List.of(
          HttpRequest.newBuilder(URI.create(base + "/api/events/1"))
              .header("Content-Type", "application/json")
              .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpRequest.newBuilder(URI.create(base + "/api/events/1/split"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}")).build())) {
        HttpResponse<String> refused = http.send(write, HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("serves reads only"), refused.body());
      }
    }
  }

  @Test
  void an_open_address_with_a_token_requires_it() throws Exception {
    try (ApiServer open = ApiServer.start(store,
        new ServerOptions("0.0.0.0", 0, Optional.of("s3cret-token")), problems::add)) {
      String base = "http://127.0.0.1:" + open.port();
      HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/events")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, none.statusCode());
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElseThrow());
      HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/events")).header("Authorization", "Bearer s3cret").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, wrong.statusCode());
      HttpResponse<String> right = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/events")).header("Authorization", "Bearer s3cret-token").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, right.statusCode(), right.body());
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base
          + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
    }
  }

  private static void assertBad(String path, String parameter) throws Exception {
    JsonNode body = json(get(path), 400);
    assertEquals(parameter, body.get("parameter").asText(), body.toString());
    assertTrue(!body.get("error").asText().isBlank());
  }

  /** The header {@code sitrep extract --format csv} writes. */
  private static String extractCsvHeader() throws IOException {
    StringWriter out = new StringWriter();
    EventWriter csv = OutputFormat.CSV.open(out, false);
    csv.write("x", new ExtractionResult(List.of(store.eventsOf(syria.articleId()).get(0).event()),
        List.of(), 0));
    return out.toString().split("\r\n")[0];
  }

  private static List<String> ids(String query) throws Exception {
    return eventIds(json(get("/api/events?" + query), 200));
  }

  private static List<String> eventIds(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
    return ids;
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
        .startsWith("application/json"), response.headers().toString());
    return mapper.readTree(response.body());
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
