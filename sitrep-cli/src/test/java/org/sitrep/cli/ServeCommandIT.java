package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;
import picocli.CommandLine;

/** {@code sitrep serve} in this JVM, on the embedded store in a temporary data directory. */
class ServeCommandIT {
  private static final Pattern SERVING =
      Pattern.compile("sitrep: serving http://(?:127\\.0\\.0\\.1|0\\.0\\.0\\.0):(\\d+)/ "
          + "\\(the page; the API under /api/, Ctrl-C stops\\)");

  @TempDir Path dataDir;

  @Test
  void serves_until_interrupted_then_closes_the_store() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = new Thread(() -> code.set(cmd.execute("serve", "--port", "0",
        "--data-dir", dataDir.toString())), "serve-under-test");
    serving.start();
    Matcher line = awaitLine(err);

    HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + line.group(1) + "/api/events")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, events.statusCode(), events.body());
    assertTrue(events.body().contains("\"total\":0"), events.body());

    serving.interrupt();
    serving.join(30_000);
    assertFalse(serving.isAlive());
    assertEquals(IngestCommand.INTERRUPTED, code.get(), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    // The store was closed: this process can open it again.
    try (PostgresStore again = Stores.open(dataDir, Optional.empty(), Map.of())) {
      assertEquals(0, again.eventCount());
    }
  }

  @Test
  void a_posted_article_is_extracted_and_stored_once() throws Exception {
    // The gazetteer index of the tests' SITREP_HOME, shared rather than built again here.
    Path home = Path.of(System.getenv("SITREP_HOME"), "gazetteer");
    Files.createDirectories(home);
    Files.createSymbolicLink(dataDir.resolve("gazetteer"), home.toAbsolutePath());
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    Thread serving = new Thread(() -> cmd.execute("serve", "--port", "0", "--data-dir",
        dataDir.toString()), "serve-under-test");
    serving.start();
    String base = "http://127.0.0.1:" + awaitLine(err).group(1);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Talbiseh\", \"published\":"
            + " \"2025-05-10\", \"body\": \"Government forces shelled the village of Talbiseh"
            + " north of Homs on Friday, killing three civilians, residents said.\"}")).build();
    try {
      // The first post loads the pipeline.
      HttpResponse<String> first = http.send(post, HttpResponse.BodyHandlers.ofString());
      assertEquals(201, first.statusCode(), first.body());
      assertTrue(first.body().matches("\\{\"article_id\":1,\"stored\":true,\"events\":\\[\\d+.*"),
          first.body());
      HttpResponse<String> again = http.send(post, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, again.statusCode(), again.body());
      assertTrue(again.body().startsWith("{\"article_id\":1,\"stored\":false"), again.body());
    } finally {
      serving.interrupt();
      serving.join(30_000);
    }
    assertFalse(serving.isAlive());
  }

  @Test
  void another_address_without_a_token_serves_reads_and_refuses_writes() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    Thread serving = new Thread(() -> cmd.execute("serve", "--bind", "0.0.0.0", "--port", "0",
        "--data-dir", dataDir.toString()), "serve-under-test");
    serving.start();
    String base = "http://127.0.0.1:" + awaitLine(err).group(1);
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/events")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, read.statusCode(), read.body());
      HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/events/1")).header("Content-Type", "application/json")
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"reason\": \"x\", \"by\":"
              + " \"y\", \"fatalities\": 2}")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, write.statusCode(), write.body());
      assertTrue(write.body().contains("--token-file"), write.body());
      assertTrue(err.toString().contains("sitrep: reads only: on 0.0.0.0 without --token-file"
          + " every write is refused"), err.toString());
    } finally {
      serving.interrupt();
      serving.join(30_000);
    }
    assertFalse(serving.isAlive());
  }

  @Test
  void a_missing_token_file_is_one_line_and_exit_2() {
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(err, true));
    Path missing = dataDir.resolve("no-token");
    int code = cmd.execute("serve", "--token-file", missing.toString(), "--data-dir",
        dataDir.toString());
    assertEquals(ErrorReport.USAGE, code);
    assertEquals("sitrep: the token file " + missing + " does not exist", err.toString().strip());
  }

  private static Matcher awaitLine(StringWriter err) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = SERVING.matcher(err.toString());
      if (m.find()) {
        return m;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no serving line in 30 s: " + err);
  }
}
