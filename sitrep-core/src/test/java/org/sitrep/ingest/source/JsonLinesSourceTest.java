package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.source.SourceItems.all;
import static org.sitrep.ingest.source.SourceItems.broken;
import static org.sitrep.ingest.source.SourceItems.found;
import static org.sitrep.ingest.source.SourceItems.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

class JsonLinesSourceTest {
  @TempDir Path dir;

  private List<SourceItem> read(String name, String jsonl, ReadOptions options) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return all(Sources.open(file.toString(), options));
  }

  @Test
  void readsFieldsAsHintsAndTextOrHtmlAsTheArticle() throws IOException {
    String jsonl = """
        {"id": "a1", "url": "https://news.example/a1", "title": "Clash", "published": "2024-03-01", \
        "source": "Reuters", "text": "Fighting in Raqqa."}
        {"url": "https://news.example/a2", "published": "2024-03-02T23:30:00-05:00", \
        "html": "<html><body><p>Shelling.</p></body></html>"}
        {"text": "No id, no url."}
        """;
    List<SourceItem> items = read("news.jsonl", jsonl, ReadOptions.none());
    assertEquals(3, items.size());

    ArticleInput first = found(items.get(0));
    assertEquals("a1", first.id());
    assertEquals(InputKind.TEXT, first.kind());
    assertEquals("Fighting in Raqqa.", text(first));
    assertEquals(new Hints(Optional.of("https://news.example/a1"), Optional.of("Clash"),
        Optional.of(LocalDate.of(2024, 3, 1)), "Reuters", Optional.empty()), first.hints());
    assertEquals(Optional.empty(), first.published());
    assertEquals("", first.source());

    ArticleInput second = found(items.get(1));
    assertEquals("https://news.example/a2", second.id());
    assertEquals(InputKind.HTML, second.kind());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), second.hints().published());

    assertEquals(dir.resolve("news.jsonl") + "#3", found(items.get(2)).id());
  }

  @Test
  void theUsersPublishedAndSourceOutrankTheFields() throws IOException {
    String jsonl = "{\"published\": \"2024-03-01\", \"source\": \"Reuters\", \"text\": \"x\"}\n";
    ArticleInput input = found(read("a.jsonl", jsonl, SourceItems.USER_SAID).get(0));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), input.published());
    assertEquals("Desk", input.source());
    assertEquals("Reuters", input.hints().source());
  }

  @Test
  void badLinesAreReportedByLineWhileTheRestGoOn() throws IOException {
    String jsonl = String.join("\n",
        "{\"text\": \"one\"}",
        "",
        "{\"text\": \"broken",
        "[1, 2]",
        "{\"title\": \"no body\", \"text\": \"  \"}",
        "{\"text\": \"x\", \"published\": \"1 March 2024\"}",
        "{\"text\": \"x\"} trailing",
        "{\"text\": \"last\"}") + "\n";
    List<SourceItem> items = read("b.jsonl", jsonl, ReadOptions.none());
    String file = dir.resolve("b.jsonl").toString();
    assertEquals(7, items.size());
    assertEquals("one", text(found(items.get(0))));
    for (int i = 1; i <= 5; i++) {
      SourceItem.Broken bad = broken(items.get(i));
      int line = i + 2;
      assertEquals(file + "#" + line, bad.id());
      assertTrue(bad.problem().startsWith("line " + line + ": "), bad.problem());
    }
    assertTrue(broken(items.get(1)).problem().contains("not valid JSON"));
    assertTrue(broken(items.get(2)).problem().contains("not a JSON object"));
    assertTrue(broken(items.get(3)).problem().contains("neither a \"text\" nor an \"html\""));
    assertTrue(broken(items.get(4)).problem().contains("published \"1 March 2024\" is not a date"));
    assertEquals("last", text(found(items.get(6))));
  }

  @Test
  void aGzipFileCutOffEndsWithABrokenItemNamingTheFile() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      jsonl.append("{\"id\": \"r").append(i).append("\", \"text\": \"Report number ").append(i)
          .append(" of many, with words enough to fill the file.\"}\n");
    }
    Path file = dir.resolve("cut.jsonl.gz");
    byte[] gz = SourceItems.gzip(jsonl.toString().getBytes(StandardCharsets.UTF_8));
    Files.write(file, SourceItems.firstPart(gz, 0.5));
    List<SourceItem> items = all(Sources.open(file.toString(), ReadOptions.none()));
    assertTrue(items.size() > 10);
    assertEquals("r0", found(items.get(0)).id());
    SourceItem.Broken last = broken(items.get(items.size() - 1));
    assertEquals(file.toString(), last.id());
    assertTrue(last.problem().startsWith("the gzip data is cut off"), last.problem());
    items.subList(0, items.size() - 1).forEach(SourceItems::found);
  }

  @Test
  void aLineOver20MegabytesIsBrokenAndTheNextIsRead() throws IOException {
    Path file = dir.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 21; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"text\": \"small\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    List<SourceItem> items = all(Sources.open(file.toString(), ReadOptions.none()));
    assertEquals(2, items.size());
    assertEquals("line 1: longer than 20 MB; expected one article a line",
        broken(items.get(0)).problem());
    assertEquals("small", text(found(items.get(1))));
  }

  @Test
  void isToldByItsFirstBytesOnStandardInput() {
    byte[] jsonl = "{\"id\": \"s1\", \"text\": \"From a pipe.\"}\r\n".getBytes(StandardCharsets.UTF_8);
    ReadOptions options = new ReadOptions(Optional.empty(), "",
        new java.io.ByteArrayInputStream(jsonl));
    List<SourceItem> items = all(Sources.open("-", options));
    assertEquals(1, items.size());
    assertEquals("From a pipe.", text(found(items.get(0))));
  }

  @Test
  void isToldByItsFirstBytesWhenGzippedOnStandardInput() throws IOException {
    byte[] jsonl = "{\"id\": \"s1\", \"text\": \"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8);
    ReadOptions options = new ReadOptions(Optional.empty(), "",
        new java.io.ByteArrayInputStream(SourceItems.gzip(jsonl)));
    List<SourceItem> items = all(Sources.open("-", options));
    assertEquals(1, items.size());
    assertEquals("From a pipe.", text(found(items.get(0))));
  }

  @Test
  void aFileOfBlankLinesIsOneBrokenItem() throws IOException {
    List<SourceItem> items = read("blank.jsonl", "\n  \n", ReadOptions.none());
    assertEquals(1, items.size());
    assertEquals("empty; expected one JSON object a line", broken(items.get(0)).problem());
  }
}
