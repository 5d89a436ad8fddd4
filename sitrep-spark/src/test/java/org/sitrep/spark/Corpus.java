package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small corpus written by the tests: the shipped examples in every form, and bad records. */
final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /** The repository's shipped example of this name. */
  static String example(String name) {
    try {
      return Files.readString(Path.of("..", "examples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Good articles as text, a page, JSON Lines and a WARC record; returns their paths. */
  static List<String> good(Path dir) throws IOException {
    Path text = write(dir.resolve("raqqa.txt"), example("raqqa-clashes.txt"));
    Path page = write(dir.resolve("raqqa.html"), example("raqqa-clashes.html"));
    Path lines = write(dir.resolve("wire.jsonl"),
        record("mosul", example("mosul-strike.txt"), "2025-06-05") + "\n"
            + record("idlib", example("idlib-shelling.txt"), "") + "\n");
    byte[] crawl = warc(response("https://news.example/idlib",
        "<html><body><article><p>" + example("idlib-shelling.txt").replace("\n\n", "</p><p>")
            + "</p></article></body></html>"));
    Path warc = Files.write(dir.resolve("crawl.warc"), crawl);
    return List.of(text.toString(), page.toString(), lines.toString(), warc.toString());
  }

  /**
   * Inputs that each hold something that cannot be extracted: a French record, a malformed line,
   * a text of 5 MB in one line, a cut-off gzip, a WARC record without HTTP headers.
   */
  static List<String> bad(Path dir) throws IOException {
    String french = "Des affrontements ont éclaté mardi entre l'armée et des rebelles dans le "
        + "nord du pays, faisant au moins douze morts selon des sources locales. Les combats se "
        + "sont poursuivis toute la nuit près de la frontière.";
    Path lines = write(dir.resolve("mixed.jsonl"), record("french", french, "2025-03-12") + "\n"
        + "{\"id\": \"cut\", \"text\": \"unterminated\n"
        + record("huge", "fighting continued ".repeat(5 * 1024 * 1024 / 19), "2025-03-12")
        + "\n");
    byte[] zipped = gzip(example("mosul-strike.txt").getBytes(StandardCharsets.UTF_8));
    Path cut = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(zipped, zipped.length / 2));
    Path bare = Files.write(dir.resolve("bare.warc"), warc(new WarcResponse.Builder(
        "https://news.example/bare").body(MediaType.HTTP_RESPONSE,
            "no status line, no headers, just text".getBytes(StandardCharsets.UTF_8)).build()));
    return List.of(lines.toString(), cut.toString(), bare.toString());
  }

  static String record(String id, String text, String published) throws IOException {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("text", text);
    if (!published.isEmpty()) {
      r.put("published", published);
    }
    return JSON.writeValueAsString(r);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static WarcResponse response(String uri, String html) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
        .build();
    return new WarcResponse.Builder(uri).body(http).build();
  }

  private static byte[] warc(WarcResponse... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      for (WarcResponse r : records) {
        writer.write(r);
      }
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }
}
