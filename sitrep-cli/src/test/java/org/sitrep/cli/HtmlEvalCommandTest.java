package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval html} on a tiny gold set written by the test. */
class HtmlEvalCommandTest {
  private static final String BODY = "Heavy fighting broke out on Monday in the north of the"
      + " province, residents said, as government forces pushed towards the river crossing.";

  @Test
  void scoresPagesPlainAndGzippedAsJson(@TempDir Path dir) throws Exception {
    String page = "<html><head><title>Fighting in the north</title></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Fighting in the north</h1><p>" + BODY
        + "</p></article></body></html>";
    Files.writeString(dir.resolve("one.html"), page);
    Path gzipped = dir.resolve("two.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      out.write(page.getBytes(StandardCharsets.UTF_8));
    }
    String gold = "{\"articleBody\": \"" + BODY + "\", \"headline\": \"Fighting in the  north\","
        + " \"url\": \"https://example.org/north\"}";
    Files.writeString(dir.resolve("one.json"), gold);
    Files.writeString(dir.resolve("two.json"), gold.replace(BODY, BODY + " Nothing else."));
    Files.writeString(dir.resolve("three.html"), page); // no gold beside it: not a gold page

    CommandRun run = CommandRun.of("eval", "html", dir.toString(), "--json");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.get("n").asInt());
    assertEquals(1.0, json.get("precision").asDouble(), 1e-9);
    // BODY is 22 tokens, 19 shingles; two.json adds two tokens, so 21 shingles: recall 19/21.
    double recall = (1.0 + 19.0 / 21.0) / 2;
    assertEquals(recall, json.get("recall").asDouble(), 1e-4);
    assertEquals(2 * recall / (1 + recall), json.get("f1").asDouble(), 1e-4);
    assertEquals(1.0, json.get("title_accuracy").asDouble(), 1e-9);
    assertTrue(json.get("failures").isArray() && json.get("failures").isEmpty());
    assertTrue(json.has("date_accuracy") && json.has("pages_per_second"));
  }

  @Test
  void listsAPageTheReaderRefusesAsAFailure(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");
    Files.writeString(dir.resolve("empty.json"), "{\"articleBody\": \"" + BODY + "\"}");
    CommandRun run = CommandRun.of("eval", "html", dir.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("empty", json.get("failures").get(0).asText());
    assertEquals(0.0, json.get("recall").asDouble(), 1e-9);
  }

  @Test
  void reportsAMissingDirectoryInOneLine() {
    CommandRun run = CommandRun.of("eval", "html", "no-such-pages");
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: no-such-pages: no such directory", run.err().strip());
  }

  @Test
  void reportsADirectoryWithoutPagesInOneLine(@TempDir Path dir) {
    CommandRun run = CommandRun.of("eval", "html", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: " + dir + ": no gold pages (NAME.html or NAME.html.gz with NAME.json)",
        run.err().strip());
  }
}
