package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep read} and the language check of {@code extract}: no pipeline is loaded. */
class ReadCommandTest {
  private static final String PAGE = """
      <!DOCTYPE html><html><head><title>Troops retake Kidal</title></head>
      <body><article><h1>Troops retake Kidal</h1>
      <p>Government troops retook the northern town of Kidal on Tuesday after two days of
      fighting with rebels, the army said.</p>
      <figure><img src="kidal.jpg"><figcaption>Soldiers at a checkpoint in Kidal.</figcaption></figure>
      </article></body></html>
      """;

  private static final String FRENCH = "Des combats ont repris mardi à la périphérie de Kidal,"
      + " où les soldats et les rebelles ont échangé des tirs pendant plusieurs heures, selon des"
      + " habitants joints par téléphone.";

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  @Test
  void printsOneJsonObjectPerArticleWithWhatWasRead() throws IOException {
    String page = file("kidal.html", PAGE);
    String french = file("kidal-fr.txt", FRENCH);
    CommandRun run = CommandRun.of("read", page, french);
    assertEquals(0, run.exitCode(), run.err());
    var lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals(page, first.get("input").asText());
    assertEquals("Troops retake Kidal", first.get("title").asText());
    assertEquals("en", first.get("language").asText());
    assertEquals("none", first.get("published_from").asText());
    assertTrue(first.get("published").isNull());
    assertTrue(first.get("text").asText().startsWith("Government troops retook"), lines.get(0));
    assertEquals("Soldiers at a checkpoint in Kidal.", first.get("captions").get(0).asText());
    assertEquals("fr", new ObjectMapper().readTree(lines.get(1)).get("language").asText());
  }

  @Test
  void aMissingInputIsOneLineAndTheOthersAreStillRead() throws IOException {
    String page = file("kidal.html", PAGE);
    String missing = dir.resolve("nowhere.html").toString();
    CommandRun run = CommandRun.of("read", missing, page);
    assertEquals(2, run.exitCode());
    assertEquals(java.util.List.of("sitrep: " + missing + ": no such file"), run.errLines());
    assertEquals(1, run.out().lines().count());
  }

  @Test
  void extractSkipsAnArticleInAnotherLanguageWithOneLineAndACount() throws IOException {
    String french = file("kidal-fr.txt", FRENCH);
    CommandRun run = CommandRun.of("extract", french);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(java.util.List.of(
        "sitrep: " + french + ": in French (fr), not English; skipped",
        "sitrep: 1 article not in English skipped"), run.errLines());
    assertEquals("", run.out());
    assertFalse(run.err().contains("Exception"));
  }

  @Test
  void readsAPageAndAFeedsPagesByUrlAndReportsAServerError() throws IOException {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Wire</title>
        <item><title>Troops retake Kidal</title><link>%s</link>
        <pubDate>Tue, 06 Feb 2024 08:00:00 +0000</pubDate></item>
        </channel></rss>
        """;
    try (FeedServer server = new FeedServer()) {
      server.page("/kidal", 200, "text/html; charset=utf-8", PAGE)
          .page("/broken", 500, "text/plain", "oops")
          .feed("/feed.xml", "application/rss+xml", rss.replace("%s", server.url("/kidal")));
      CommandRun run = CommandRun.of("read", server.url("/kidal"), server.url("/broken"),
          server.url("/feed.xml"));
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(java.util.List.of("sitrep: " + server.url("/broken") + ": HTTP 500 (server error)"),
          run.errLines());
      var lines = run.out().lines().toList();
      assertEquals(2, lines.size(), run.out());
      JsonNode page = new ObjectMapper().readTree(lines.get(0));
      assertEquals(server.url("/kidal"), page.get("input").asText());
      assertEquals("Troops retake Kidal", page.get("title").asText());
      JsonNode item = new ObjectMapper().readTree(lines.get(1));
      assertEquals(server.url("/feed.xml"), item.get("input").asText());
      assertEquals("2024-02-06", item.get("published").asText());
      assertEquals("container", item.get("published_from").asText());
      assertEquals("Example Wire", item.get("source").asText());
    }
  }
}
