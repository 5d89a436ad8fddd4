package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.source.SourceItems.all;
import static org.sitrep.ingest.source.SourceItems.broken;
import static org.sitrep.ingest.source.SourceItems.found;
import static org.sitrep.ingest.source.SourceItems.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

class WarcSourceTest {
  private static final String PAGE = "<html><body><p>Shelling in Idlib.</p></body></html>";

  @TempDir Path dir;

  private static byte[] warc(WarcCompression compression, WarcRecord... records)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }

  private static WarcResponse response(String uri, int status, String type, byte[] payload)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), payload).build();
    return new WarcResponse.Builder(uri).body(http).build();
  }

  /** A response whose HTTP message is written by hand, for what the builder will not write. */
  private static WarcResponse rawResponse(String uri, byte[] httpMessage) {
    return new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, httpMessage).build();
  }

  private static WarcRecord[] crawl() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
    HttpRequest get = new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example")
        .build();
    return new WarcRecord[] {
      new Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build(),
      new WarcRequest.Builder("https://news.example/a").body(get).build(),
      response("https://news.example/a", 200, "text/html; charset=windows-1252",
          PAGE.getBytes(StandardCharsets.UTF_8)),
      response("https://news.example/logo.png", 200, "image/png", png),
      response("https://news.example/gone", 404, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)),
      rawResponse("https://news.example/bare", "no status line, no headers, just text"
          .getBytes(StandardCharsets.UTF_8)),
      new WarcResponse.Builder("dns:news.example")
          .body(MediaType.parse("text/dns"), "news.example. 300 IN A 192.0.2.1".getBytes(
              StandardCharsets.UTF_8)).build(),
      new WarcResource.Builder(java.net.URI.create("https://news.example/saved"))
          .body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8)).build(),
      response("https://news.example/a", 200, "application/xhtml+xml",
          PAGE.getBytes(StandardCharsets.UTF_8)),
      response("https://news.example/last", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)),
    };
  }

  private List<SourceItem> read(String name, byte[] bytes, ReadOptions options) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return all(Sources.open(file.toString(), options));
  }

  @Test
  void readsHtmlPagesAndPassesOverEverythingElse() throws IOException {
    List<SourceItem> items = read("crawl.warc", warc(WarcCompression.NONE, crawl()),
        ReadOptions.none());
    assertEquals(List.of("https://news.example/a", "https://news.example/bare",
            "https://news.example/saved", "https://news.example/a#2", "https://news.example/last"),
        items.stream().map(SourceItem::id).toList());

    ArticleInput page = found(items.get(0));
    assertEquals(InputKind.HTML, page.kind());
    assertEquals(PAGE, text(page));
    assertEquals(Optional.of("https://news.example/a"), page.hints().url());
    assertEquals(Optional.of(Charset.forName("windows-1252")), page.hints().charset());
    assertEquals(Optional.empty(), page.published());

    assertEquals("WARC record without HTTP headers", broken(items.get(1)).problem());
    assertEquals(Optional.of(StandardCharsets.UTF_8), found(items.get(2)).hints().charset());
    assertEquals(PAGE, text(found(items.get(3))));
  }

  @Test
  void theUsersPublishedAndSourceGoIntoEveryPage() throws IOException {
    List<SourceItem> items = read("crawl.warc", warc(WarcCompression.NONE, crawl()),
        SourceItems.USER_SAID);
    ArticleInput page = found(items.get(0));
    assertEquals(SourceItems.USER_SAID.published(), page.published());
    assertEquals("Desk", page.source());
  }

  @Test
  void readsAGzippedCrawlAlike() throws IOException {
    List<SourceItem> items = read("crawl.warc.gz", warc(WarcCompression.GZIP, crawl()),
        ReadOptions.none());
    assertEquals(5, items.size());
    assertEquals(PAGE, text(found(items.get(0))));
  }

  @Test
  void isToldByItsFirstBytesWhenTheNameDoesNotSay() throws IOException {
    List<SourceItem> items = read("crawl.bin", warc(WarcCompression.GZIP, crawl()),
        ReadOptions.none());
    assertEquals(5, items.size());
  }

  @Test
  void undoesChunkingAndGzipAndSniffsAPageThatNamesNoType() throws IOException {
    byte[] gzipped = SourceItems.gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(gzipped.length) + "\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    chunked.writeBytes(gzipped);
    chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] untyped = ("HTTP/1.1 200 OK\r\nContent-Length: " + PAGE.length() + "\r\n\r\n" + PAGE)
        .getBytes(StandardCharsets.US_ASCII);
    String json = "{\"a\": 1}";
    byte[] untypedJson = ("HTTP/1.1 200 OK\r\nContent-Length: " + json.length() + "\r\n\r\n"
        + json).getBytes(StandardCharsets.US_ASCII);
    List<SourceItem> items = read("enc.warc", warc(WarcCompression.NONE,
        rawResponse("https://news.example/chunked", chunked.toByteArray()),
        rawResponse("https://news.example/untyped", untyped),
        rawResponse("https://news.example/data", untypedJson)), ReadOptions.none());
    assertEquals(2, items.size());
    assertEquals(PAGE, text(found(items.get(0))));
    assertEquals("https://news.example/untyped", found(items.get(1)).id());
  }

  @Test
  void aPayloadOver20MegabytesIsBrokenAndTheNextPageIsRead() throws IOException {
    byte[] huge = ("<html><body>" + "x".repeat(Sources.MAX_DOCUMENT_BYTES) + "</body></html>")
        .getBytes(StandardCharsets.US_ASCII);
    List<SourceItem> items = read("big.warc.gz", warc(WarcCompression.GZIP,
        response("https://news.example/huge", 200, "text/html", huge),
        response("https://news.example/next", 200, "text/html",
            PAGE.getBytes(StandardCharsets.UTF_8))), ReadOptions.none());
    assertEquals(2, items.size());
    assertEquals("payload larger than 20 MB; expected one web page",
        broken(items.get(0)).problem());
    assertEquals(PAGE, text(found(items.get(1))));
  }

  @Test
  void aGzippedCrawlCutOffEndsWithABrokenItemNamingTheFile() throws IOException {
    byte[] whole = warc(WarcCompression.GZIP, crawl());
    List<SourceItem> items = read("cut.warc.gz", SourceItems.firstPart(whole, 0.7),
        ReadOptions.none());
    String file = dir.resolve("cut.warc.gz").toString();
    SourceItem.Broken last = broken(items.get(items.size() - 1));
    assertEquals(file, last.id());
    assertTrue(last.problem().startsWith("the gzip data is cut off"), last.problem());
    assertEquals("https://news.example/a", found(items.get(0)).id());
  }

  @Test
  void aPlainCrawlCutOffEndsWithABrokenItemNamingTheFile() throws IOException {
    byte[] whole = warc(WarcCompression.NONE, crawl());
    List<SourceItem> items = read("cut.warc", SourceItems.firstPart(whole, 0.7),
        ReadOptions.none());
    SourceItem.Broken last = broken(items.get(items.size() - 1));
    assertEquals(dir.resolve("cut.warc").toString(), last.id());
    assertEquals("the WARC is cut off inside a record", last.problem());
  }

  @Test
  void damageBetweenRecordsEndsTheCrawlWithABrokenItem() throws IOException {
    byte[] first = warc(WarcCompression.NONE,
        response("https://news.example/a", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(first);
    bytes.writeBytes("this is no WARC record\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    List<SourceItem> items = read("damaged.warc", bytes.toByteArray(), ReadOptions.none());
    assertEquals(2, items.size());
    assertEquals("https://news.example/a", found(items.get(0)).id());
    assertEquals("damaged, or not a WARC: no WARC record where record 2 should start",
        broken(items.get(1)).problem());
  }

  @Test
  void aFileNamedWarcThatIsNoneIsOneBrokenItem() throws IOException {
    List<SourceItem> items = read("not.warc", "Just some notes, not a crawl.\n"
        .getBytes(StandardCharsets.UTF_8), ReadOptions.none());
    assertEquals(1, items.size());
    assertEquals(dir.resolve("not.warc").toString(), broken(items.get(0)).id());
    assertEquals("damaged, or not a WARC: no WARC record where record 1 should start",
        broken(items.get(0)).problem());
  }

  @Test
  void anEmptyFileNamedWarcIsOneBrokenItem() throws IOException {
    List<SourceItem> items = read("empty.warc", new byte[0], ReadOptions.none());
    assertEquals(1, items.size());
    assertEquals("empty; expected a WARC crawl", broken(items.get(0)).problem());
  }

  @Test
  void aCrawlCutOffInsideAPageEndsWithABrokenItem() throws IOException {
    String page = "<html><body>" + "<p>Shelling in Idlib.</p>".repeat(2000) + "</body></html>";
    byte[] whole = warc(WarcCompression.NONE,
        response("https://news.example/long", 200, "text/html", page.getBytes(StandardCharsets.UTF_8)));
    List<SourceItem> items = read("cut.warc", SourceItems.firstPart(whole, 0.6), ReadOptions.none());
    assertEquals(2, items.size());
    assertEquals("https://news.example/long", broken(items.get(0)).id());
    assertTrue(broken(items.get(0)).problem().startsWith("cannot read the payload"));
    assertEquals("the WARC is cut off inside a record", broken(items.get(1)).problem());
  }
}
