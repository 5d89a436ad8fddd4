package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoreResult;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.LabelledTexts;
import org.sitrep.typing.TypeLabel;

/**
 * The writes of the API (a person's corrections, "not an event", splits) and the training export,
 * on a real embedded PostgreSQL. Each test stores its own articles, dated in a month of its own so
 * that no test's events merge with another's.
 */
class EventWritesIT {
  @TempDir static Path dataDir;
  @TempDir static Path files;

  static PostgresStore store;
  static ApiServer server;
  static final List<String> problems = new ArrayList<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    server = ApiServer.start(store, store, store, ServerOptions.local(0), problems::add);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void a_corrected_type_and_count_change_the_event_and_its_history_says_how() throws Exception {
    long id = storeOne("type.txt", "2024-01-10", 3);
    JsonNode now = json(patch(id, "{\"sub_event_type\": \"armed clash\", \"fatalities\": 4,"
        + " \"reason\": \"the article says a clash, four dead\", \"by\": \"anna\"}"), 200);
    assertEquals("Armed clash", now.get("sub_event_type").asText());
    assertEquals("Battles", now.get("event_type").asText());
    assertEquals(4, now.get("fatalities").asInt());
    assertFalse(now.has("rejected"));
    assertEquals(4, json(get("/api/events/" + id), 200).get("fatalities").asInt());

    JsonNode history = json(get("/api/events/" + id + "/history"), 200).get("history");
    JsonNode last = history.get(history.size() - 1);
    assertEquals("corrected", last.get("kind").asText());
    assertEquals("anna", last.get("by").asText());
    JsonNode details = last.get("details");
    assertEquals("the article says a clash, four dead", details.get("reason").asText());
    assertEquals(3, details.at("/changes/fatalities/old").asInt());
    assertEquals(4, details.at("/changes/fatalities/new").asInt());
    assertEquals("Shelling/artillery/missile attack",
        details.at("/changes/sub_event_type/old").asText());
    assertEquals("Armed clash", details.at("/changes/sub_event_type/new").asText());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void a_corrected_place_and_date_are_what_filters_find() throws Exception {
    long id = storeOne("place.txt", "2024-08-07", 1);
    JsonNode now = json(patch(id, "{\"location\": \"Idlib\", \"latitude\": 35.93062,"
        + " \"longitude\": 36.63393, \"country\": \"Syria\", \"event_date\": \"2024-08-20\","
        + " \"actor2\": \"Civilians (Syria)\", \"reason\": \"the dateline was Aleppo\","
        + " \"by\": \"anna\"}"), 200);
    assertEquals("Idlib", now.get("location").asText());
    assertEquals("SYR", now.get("iso3").asText());
    assertTrue(now.get("admin1").isNull(), "no longer the gazetteer's entry");
    assertEquals("2024-08-20", now.get("event_date").asText());
    assertTrue(listed("country=SYR&from=2024-08-20&to=2024-08-20&bbox=36.5,35.8,36.7,36")
        .contains(id));
    assertFalse(listed("from=2024-08-07&to=2024-08-07").contains(id));
  }

  @Test
  void an_event_marked_not_an_event_is_left_out_unless_asked_for() throws Exception {
    long id = storeOne("reject.txt", "2024-02-14", 2);
    assertTrue(listed("from=2024-02-01&to=2024-02-28").contains(id));
    JsonNode now = json(patch(id, "{\"not_an_event\": true, \"reason\": \"a film review\","
        + " \"by\": \"anna\"}"), 200);
    assertTrue(now.get("rejected").asBoolean());
    assertFalse(listed("from=2024-02-01&to=2024-02-28").contains(id));
    assertTrue(listed("from=2024-02-01&to=2024-02-28&include_rejected=true").contains(id));
    assertFalse(get("/api/export.jsonl?from=2024-02-01&to=2024-02-28").body()
        .contains("\"id\":" + id + ","));
    JsonNode history = json(get("/api/events/" + id + "/history"), 200).get("history");
    assertEquals("rejected", history.get(history.size() - 1).get("kind").asText());
    assertEquals(id, json(get("/api/events/" + id), 200).get("id").asLong(), "still readable");
  }

  @Test
  void a_corrected_count_survives_a_later_merge() throws Exception {
    long id = storeOne("merge-a.txt", "2024-03-13", 3);
    json(patch(id, "{\"fatalities\": 20, \"reason\": \"hospital figures\", \"by\": \"anna\"}"),
        200);
    Article b = Samples.article("merge-b.txt", "Shelling\nThe army shelled Aleppo, merge-b says.");
    StoreResult merged = store.store(b, List.of(event(b, "2024-03-13", 10)));
    assertEquals(1, merged.merged(), "the second report joins the event");
    // Without the correction the event would hold the reports' lowest figure, 3.
    assertEquals(20, store.event(id).orElseThrow().event().fatalities());
  }

  @Test
  void bad_bodies_are_400_naming_the_field() throws Exception {
    long id = storeOne("bad.txt", "2024-04-10", 1);
    String why = ", \"reason\": \"r\", \"by\": \"anna\"}";
    assertBad(patch(id, "{\"fatalities\": -1" + why), "fatalities");
    assertBad(patch(id, "{\"fatalities\": \"three\"" + why), "fatalities");
    assertBad(patch(id, "{\"sub_event_type\": \"Skirmish\"" + why), "sub_event_type");
    assertBad(patch(id, "{\"fatalites\": 3" + why), "fatalites");
    assertBad(patch(id, "{\"latitude\": 95, \"longitude\": 10" + why), "latitude");
    assertBad(patch(id, "{\"event_date\": \"yesterday\"" + why), "event_date");
    assertBad(patch(id, "{\"not_an_event\": \"yes\"" + why), "not_an_event");
    assertBad(patch(id, "{\"fatalities\": 3, \"by\": \"anna\"}"), "reason");
    assertBad(patch(id, "{\"fatalities\": 3, \"reason\": \"" + "x".repeat(501)
        + "\", \"by\": \"anna\"}"), "reason");
    assertBad(patch(id, "{\"fatalities\": 3, \"reason\": \"r\"}"), "by");
    assertBad(patch(id, "{\"reason\": \"r\", \"by\": \"anna\"}"), "body");
    assertBad(patch(id, "not json"), "body");
    json(patch(999_999, "{\"fatalities\": 3" + why), 404);
    HttpResponse<String> plain = http.send(request(server, "/api/events/" + id)
        .header("Content-Type", "text/plain")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"fatalities\": 3" + why))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(415, plain.statusCode(), plain.body());
    assertEquals(1, store.event(id).orElseThrow().event().fatalities(), "nothing changed");
  }

  @Test
  void with_a_token_file_every_write_needs_the_token() throws Exception {
    long id = storeOne("token.txt", "2024-05-15", 1);
    try (ApiServer guarded = ApiServer.start(store, store, store,
        new ServerOptions("127.0.0.1", 0, Optional.of("s3cret-token")), problems::add)) {
      String body = "{\"injured\": 2, \"reason\": \"r\", \"by\": \"anna\"}";
      HttpResponse<String> none = http.send(request(guarded, "/api/events/" + id)
          .header("Content-Type", "application/json")
          .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, none.statusCode(), none.body());
      assertEquals(0, store.event(id).orElseThrow().event().injured());
      HttpResponse<String> right = http.send(request(guarded, "/api/events/" + id)
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer s3cret-token")
          .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, right.statusCode(), right.body());
      assertEquals(2, store.event(id).orElseThrow().event().injured());
    }
  }

  @Test
  void a_merged_report_is_split_off_by_post() throws Exception {
    long id = storeOne("split-a.txt", "2024-06-12", 3);
    Article b = Samples.article("split-b.txt", "Shelling\nThe army shelled Aleppo, split-b says.");
    StoreResult merged = store.store(b, List.of(event(b, "2024-06-12", 5)));
    assertEquals(1, merged.merged());
    String path = "/api/events/" + id + "/split";
    assertBad(post(path, "{\"article_id\": 999999, \"reason\": \"r\", \"by\": \"anna\"}"),
        "article_id");
    assertBad(post(path, "{\"article_id\": " + merged.articleId() + ", \"by\": \"anna\"}"),
        "reason");
    json(post("/api/events/999999/split", "{\"article_id\": " + merged.articleId()
        + ", \"reason\": \"r\", \"by\": \"anna\"}"), 404);
    JsonNode split = json(post(path, "{\"article_id\": " + merged.articleId()
        + ", \"reason\": \"two shellings\", \"by\": \"anna\"}"), 200);
    assertEquals(id, split.at("/event/id").asLong());
    assertEquals(merged.articleId(), split.at("/split_off/article_id").asLong());
    assertEquals(5, split.at("/split_off/fatalities").asInt());
    JsonNode history = json(get("/api/events/" + id + "/history"), 200).get("history");
    assertEquals("split", history.get(history.size() - 1).get("kind").asText());
  }

  @Test
  void the_training_export_is_what_sitrep_train_reads() throws Exception {
    long kept = storeOne("train-a.txt", "2024-07-10", 1);
    long rejected = storeOne("train-b.txt", "2024-07-24", 1);
    json(patch(kept, "{\"sub_event_type\": \"Armed clash\", \"reason\": \"r\", \"by\": \"a\"}"),
        200);
    json(patch(rejected, "{\"not_an_event\": true, \"reason\": \"r\", \"by\": \"a\"}"), 200);
    HttpResponse<String> export = get("/api/export/training.jsonl?from=2024-07-01&to=2024-07-31"
        + "&sort=event_date");
    assertEquals(200, export.statusCode(), export.body());
    Path file = files.resolve("gold.jsonl");
    Files.writeString(file, export.body(), StandardCharsets.UTF_8);
    List<LabelledText> texts = LabelledTexts.read(List.of(file)).texts();
    assertEquals(2, texts.size(), export.body());
    assertEquals(Optional.of(SubEventType.ARMED_CLASH), texts.get(0).label().type());
    assertTrue(texts.get(0).text().startsWith("The army shelled Aleppo"), texts.get(0).text());
    assertEquals(TypeLabel.NONE, texts.get(1).label());
    assertTrue(export.body().contains("\"" + TypeLabel.NOT_AN_EVENT + "\""), export.body());
  }

  /** Stores an article of one shelling in Aleppo; returns the event's id. */
  private static long storeOne(String name, String date, int fatalities) {
    Article a = Samples.article(name, "Shelling\nThe army shelled Aleppo, " + name + " says.");
    StoreResult r = store.store(a, List.of(event(a, date, fatalities)));
    return store.eventsOf(r.articleId()).get(0).id();
  }

  /** A shelling in Aleppo with its sentence as evidence, as extraction gives it. */
  private static Event event(Article a, String date, int fatalities) {
    Event e = Samples.event(a, "E1", date, SubEventType.SHELLING_ARTILLERY_MISSILE,
        "Military Forces of Syria (2000-)", "Civilians (Syria)", Samples.ALEPPO, fatalities,
        "shelled");
    int start = a.text().indexOf("The army");
    List<Evidence> evidence = new ArrayList<>(e.evidence());
    evidence.add(new Evidence("sentence", a.text().substring(start), start, a.text().length(),
        "sentence"));
    return e.withEvidence(evidence);
  }

  private static List<Long> listed(String query) throws Exception {
    List<Long> ids = new ArrayList<>();
    json(get("/api/events?" + query), 200).get("events").forEach(e -> ids.add(e.get("id")
        .asLong()));
    return ids;
  }

  private static void assertBad(HttpResponse<String> response, String field) throws Exception {
    JsonNode body = json(response, 400);
    assertEquals(field, body.get("parameter").asText(), body.toString());
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    return mapper.readTree(response.body());
  }

  private static HttpResponse<String> patch(long id, String body) throws Exception {
    return http.send(request(server, "/api/events/" + id)
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(request(server, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(request(server, path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(ApiServer to, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path));
  }
}
