package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.ingest.InputProblem;
import org.sitrep.model.Article;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ArticleIntake;
import org.sitrep.store.IntakeException;
import org.sitrep.store.IntakeResult;
import org.sitrep.store.StoreResult;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * {@code POST /api/articles} on a real embedded PostgreSQL, with the real readers and a stand-in
 * for extraction (one event per article, at the word "shelled"), so that no CoreNLP is loaded:
 * {@code ServeCommandIT} posts through the real pipeline.
 */
class ArticlePostIT {
  @TempDir static Path dataDir;

  static PostgresStore store;
  static ApiServer server;
  static final List<String> problems = new ArrayList<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();

  static final AtomicInteger articles = new AtomicInteger();

  /** Reads as ingest does; "French" is not English; "crash" trips a bug in extraction. */
  static final ArticleIntake INTAKE = input -> {
    Article a;
    try {
      a = new ArticleReaders().read(input);
    } catch (InputProblem e) {
      throw new IntakeException(IntakeException.Reason.UNREADABLE, e.getMessage());
    }
    if (a.text().contains("French")) {
      throw new IntakeException(IntakeException.Reason.NOT_ENGLISH, "not English");
    }
    if (a.text().contains("crash")) {
      throw new IntakeException(IntakeException.Reason.FAILED, "api: internal error: boom");
    }
    // Each article a month of its own, so that no two are merged as reports of one event.
    String date = LocalDate.of(2020, 1, 1).plusMonths(articles.incrementAndGet()).toString();
    StoreResult r = store.store(a, List.of(Samples.event(a, "E1", date,
        SubEventType.SHELLING_ARTILLERY_MISSILE, "Military Forces of Syria (2000-)", null,
        Samples.ALEPPO, 2, "shelled")));
    return new IntakeResult(r.articleId(), r.stored(),
        store.eventsOf(r.articleId()).stream().map(StoredEvent::id).toList(),
        store.mergedInto(r.articleId()));
  };

  @BeforeAll
  static void start() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
    server = ApiServer.start(store, store, store, INTAKE, ServerOptions.local(0), problems::add);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void a_json_article_is_stored_once_and_posting_it_again_answers_the_same_article()
      throws Exception {
    String body = "{\"url\": \"https://example.org/a\", \"title\": \"Aleppo\", \"published\":"
        + " \"2025-04-02\", \"source\": \"Example\", \"body\": \"The army shelled Aleppo.\"}";
    HttpResponse<String> first = post("application/json", body, false);
    assertEquals(201, first.statusCode(), first.body());
    JsonNode made = mapper.readTree(first.body());
    long id = made.get("article_id").asLong();
    assertTrue(made.get("stored").asBoolean());
    assertEquals(1, made.get("events").size());
    assertEquals(0, made.get("merged").size());
    assertEquals("/api/articles/" + id, first.headers().firstValue("Location").orElseThrow());
    JsonNode article = mapper.readTree(get("/api/articles/" + id).body());
    assertEquals("https://example.org/a", article.get("url").asText());
    assertEquals("2025-04-02", article.get("published").asText());

    long articles = store.articleCount();
    HttpResponse<String> again = post("application/json", body, false);
    assertEquals(200, again.statusCode(), again.body());
    JsonNode same = mapper.readTree(again.body());
    assertEquals(id, same.get("article_id").asLong());
    assertEquals(made.get("events"), same.get("events"));
    assertTrue(!same.get("stored").asBoolean());
    assertEquals(articles, store.articleCount());
  }

  @Test
  void text_and_html_need_the_request_header_without_a_token() throws Exception {
    String text = "Homs\nThe army shelled Homs on Monday.";
    assertBad(post("text/plain", text, false), 415, "Content-Type");
    HttpResponse<String> plain = post("text/plain; charset=utf-8", text, true);
    assertEquals(201, plain.statusCode(), plain.body());
    String html = "<html><head><title>Idlib</title></head><body><article><p>The army shelled"
        + " Idlib on Tuesday, officials said, in a long paragraph of a report.</p></article>"
        + "</body></html>";
    HttpResponse<String> page = post("text/html", html, true);
    assertEquals(201, page.statusCode(), page.body());
    long id = mapper.readTree(page.body()).get("article_id").asLong();
    assertTrue(!mapper.readTree(get("/api/articles/" + id).body()).get("text").asText()
        .contains("<p>"));
  }

  @Test
  void bad_articles_are_4xx_naming_the_problem_and_the_server_goes_on() throws Exception {
    assertBad(post("application/json", "", false), 400, "body");
    assertBad(post("text/plain", "   ", true), 400, "body");
    assertBad(post("application/json", "{\"body\": ", false), 400, "body");
    assertBad(post("application/json", "[1]", false), 400, "body");
    assertBad(post("application/json", "{\"title\": \"no words\"}", false), 400, "body");
    assertBad(post("application/json", "{\"text\": \"a\", \"html\": \"b\"}", false), 400,
        "body");
    assertBad(post("application/json", "{\"body\": \"x\", \"author\": \"me\"}", false), 400,
        "author");
    assertBad(post("application/json", "{\"body\": \"x\", \"published\": \"March\"}", false),
        400, "published");
    assertBad(post("application/json", "{\"body\": 3}", false), 400, "body");
    assertBad(post("application/json", "{\"body\": \"x\", \"url\": 3}", false), 400, "url");
    assertBad(post("application/xml", "<a/>", true), 415, "Content-Type");
    assertBad(post("application/json", "{\"body\": \"Un article en French.\"}", false), 422,
        "body");
    assertBad(post("application/json", "{\"body\": \"A car crash.\"}", false), 422, "body");
    // Announced larger than the limit: refused before a byte of it is read.
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + (ArticleHandler.MAX_BYTES + 1)
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
      assertTrue(answer.contains("\"parameter\":\"body\""), answer);
    }
    assertEquals(200, get("/healthz").statusCode());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void a_large_article_is_taken_though_other_writes_stay_small() throws Exception {
    String words = "The army shelled Raqqa. " + "Residents fled the city. ".repeat(20_000);
    HttpResponse<String> r = post("application/json", "{\"text\": \"" + words + "\"}", false);
    assertEquals(201, r.statusCode(), r.body());
    long id = mapper.readTree(r.body()).get("article_id").asLong();
    assertEquals(words.strip(), store.article(id).orElseThrow().text().strip());
    // The 16 KB limit of the other writes holds: a PATCH announced larger is refused unread. Sent
    // by hand, headers only: a client still sending a body the server has refused can see the
    // connection reset before it reads the answer.
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("PATCH /api/events/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: 20000\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
  }

  @Test
  void with_a_token_text_needs_no_extra_header_and_no_token_is_401() throws Exception {
    try (ApiServer open = ApiServer.start(store, store, store, INTAKE,
        new ServerOptions("0.0.0.0", 0, Optional.of("t0ken")), problems::add)) {
      URI uri = URI.create("http://127.0.0.1:" + open.port() + "/api/articles");
      HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri)
          .header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("Daraa\nThe army shelled Daraa.")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, none.statusCode(), none.body());
      HttpResponse<String> with = http.send(HttpRequest.newBuilder(uri)
          .header("Content-Type", "text/plain").header("Authorization", "Bearer t0ken")
          .POST(HttpRequest.BodyPublishers.ofString("Daraa\nThe army shelled Daraa.")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, with.statusCode(), with.body());
    }
  }

  private static void assertBad(HttpResponse<String> r, int status, String parameter)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = mapper.readTree(r.body());
    assertEquals(parameter, body.get("parameter").asText(), r.body());
    assertTrue(!body.get("error").asText().isBlank());
  }

  private static HttpResponse<String> post(String type, String body, boolean header)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + "/api/articles")).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (header) {
      b.header(ArticleHandler.REQUEST_HEADER, "1");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
