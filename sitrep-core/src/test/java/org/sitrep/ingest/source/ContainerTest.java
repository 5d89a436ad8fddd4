package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerTest {
  private static Container sniff(String head) {
    return Container.sniff(head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void namesSayTheKindWithOrWithoutGzip() {
    assertEquals(Optional.of(Container.HTML), Container.byName("page.HTM"));
    assertEquals(Optional.of(Container.HTML), Container.byName("saved/page.html.gz"));
    assertEquals(Optional.of(Container.JSON_LINES), Container.byName("news.jsonl.gz"));
    assertEquals(Optional.of(Container.WARC), Container.byName("crawl.warc.gz"));
    assertEquals(Optional.of(Container.CSV), Container.byName("export.csv"));
    assertEquals(Optional.of(Container.FEED), Container.byName("feed.rss"));
    assertEquals(Optional.of(Container.TEXT), Container.byName("report.txt"));
    assertEquals(Optional.empty(), Container.byName("report"));
    assertEquals(Optional.empty(), Container.byName("dir.v2/report"));
  }

  @Test
  void firstBytesSayTheKindWhenTheNameDoesNot() {
    assertEquals(Container.WARC, sniff("WARC/1.1\r\nWARC-Type: response\r\n"));
    assertEquals(Container.JSON_LINES, sniff("{\"url\": \"https://example.org/a\", \"text\": \"x\"}\n"));
    assertEquals(Container.FEED, sniff("{\"version\": \"https://jsonfeed.org/version/1.1\"}"));
    assertEquals(Container.FEED, sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"));
    assertEquals(Container.FEED, sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertEquals(Container.HTML, sniff("\uFEFF<!DOCTYPE html><html><head>"));
    assertEquals(Container.HTML, sniff("<div class=\"story\"><p>Gunmen attacked"));
    assertEquals(Container.TEXT, sniff("KABUL (Reuters) - Gunmen attacked a checkpoint."));
  }
}
