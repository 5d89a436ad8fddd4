package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

class SourcesTest {
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Clashes</title></head><body><p>Gunmen attacked a"
          + " checkpoint.</p></body></html>";

  @TempDir Path dir;

  private static List<SourceItem> items(ArticleSource source) {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      for (Optional<SourceItem> i = source.next(); i.isPresent(); i = source.next()) {
        items.add(i.get());
      }
    }
    return items;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aGzippedPageIsOneHtmlItemWithTheUsersDateAndSource() throws IOException {
    Path page = file("page.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    ReadOptions options = new ReadOptions(Optional.of(LocalDate.of(2024, 5, 3)), "Daily Example",
        java.io.InputStream.nullInputStream());
    List<SourceItem> items = items(Sources.open(page.toString(), options));
    assertEquals(1, items.size());
    SourceItem.Found found = assertInstanceOf(SourceItem.Found.class, items.get(0));
    assertEquals(InputKind.HTML, found.input().kind());
    assertEquals(page.toString(), found.id());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), found.input().published());
    assertEquals("Daily Example", found.input().source());
    assertEquals(PAGE, new String(found.input().bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void standardInputIsSniffedEvenWhenGzipped() throws IOException {
    ReadOptions options = new ReadOptions(Optional.empty(), "",
        new ByteArrayInputStream(gzip(PAGE.getBytes(StandardCharsets.UTF_8))));
    SourceItem.Found found = assertInstanceOf(SourceItem.Found.class,
        items(Sources.open("-", options)).get(0));
    assertEquals(InputKind.HTML, found.input().kind());
    assertEquals(Sources.STDIN, found.id());

    options = new ReadOptions(Optional.empty(), "",
        new ByteArrayInputStream("Gunmen attacked a checkpoint.".getBytes(StandardCharsets.UTF_8)));
    found = assertInstanceOf(SourceItem.Found.class, items(Sources.open("-", options)).get(0));
    assertEquals(InputKind.TEXT, found.input().kind());
  }

  @Test
  void aFileWithoutExtensionIsSniffed() throws IOException {
    Path page = file("saved-page", PAGE.getBytes(StandardCharsets.UTF_8));
    SourceItem.Found found = assertInstanceOf(SourceItem.Found.class,
        items(Sources.open(page.toString(), ReadOptions.none())).get(0));
    assertEquals(InputKind.HTML, found.input().kind());
  }

  @Test
  void aMessageIsReadAsOneJsonLinesLineAndIsNamedByItsPlaceWhenItHasNoId() {
    byte[] message = ("{\"title\": \"Clashes\",\n \"published\": \"2025-03-12T08:00:00Z\","
        + " \"text\": \"Gunmen attacked a checkpoint.\"}").getBytes(StandardCharsets.UTF_8);
    SourceItem.Found found = assertInstanceOf(SourceItem.Found.class,
        Sources.jsonRecord("wire-0-7", message, ReadOptions.none()));
    assertEquals("wire-0-7", found.input().id());
    assertEquals(InputKind.TEXT, found.input().kind());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), found.input().hints().published());
    assertEquals("Gunmen attacked a checkpoint.",
        new String(found.input().bytes(), StandardCharsets.UTF_8));

    SourceItem.Found withId = assertInstanceOf(SourceItem.Found.class, Sources.jsonRecord(
        "wire-0-8", "{\"id\": \"a1\", \"html\": \"<p>x</p>\"}".getBytes(StandardCharsets.UTF_8),
        ReadOptions.none()));
    assertEquals("a1", withId.input().id());
    assertEquals(InputKind.HTML, withId.input().kind());

    SourceItem.Broken notJson = assertInstanceOf(SourceItem.Broken.class,
        Sources.jsonRecord("wire-0-9", "Gunmen attacked".getBytes(StandardCharsets.UTF_8),
            ReadOptions.none()));
    assertEquals("wire-0-9", notJson.id());
    assertTrue(notJson.problem().startsWith("not valid JSON"), notJson.problem());
    SourceItem.Broken empty = assertInstanceOf(SourceItem.Broken.class,
        Sources.jsonRecord("wire-0-10", new byte[0], ReadOptions.none()));
    assertEquals("wire-0-10", empty.id());
  }

  @Test
  void problemsWithTheFileAreOneBrokenItemNamingIt() throws IOException {
    String missing = dir.resolve("nowhere.html").toString();
    SourceItem.Broken broken = assertInstanceOf(SourceItem.Broken.class,
        items(Sources.open(missing, ReadOptions.none())).get(0));
    assertEquals(missing + ": no such file", broken.message());

    broken = assertInstanceOf(SourceItem.Broken.class,
        items(Sources.open(dir.toString(), ReadOptions.none())).get(0));
    assertTrue(broken.problem().contains("directory"), broken.problem());

    byte[] zipped = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Path cut = file("cut.html.gz", Arrays.copyOf(zipped, zipped.length / 2));
    List<SourceItem> items = items(Sources.open(cut.toString(), ReadOptions.none()));
    assertEquals(1, items.size());
    broken = assertInstanceOf(SourceItem.Broken.class, items.get(0));
    assertTrue(broken.problem().contains("gzip"), broken.problem());
  }
}
