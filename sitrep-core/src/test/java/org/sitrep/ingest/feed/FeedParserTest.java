package org.sitrep.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  static final String RSS2 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Sahel Monitor</title>
          <link>https://news.example/</link>
          <item>
            <title>Attack in Kidal</title>
            <link>https://news.example/kidal</link>
            <guid>kidal-1</guid>
            <pubDate>Mon, 30 Nov 2026 23:30:00 -0500</pubDate>
            <description>Short version.</description>
            <content:encoded><![CDATA[<p>Gunmen killed three villagers in Kidal on Monday.</p>]]></content:encoded>
          </item>
          <item>
            <title>Clashes in Gao</title>
            <link>/gao</link>
            <pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate>
            <description>Soldiers &amp; militants clashed near Gao.</description>
          </item>
        </channel>
      </rss>
      """;

  @Test
  void rss_2_items_carry_link_title_date_as_written_and_full_content() throws Exception {
    Feed feed = parse(RSS2, Optional.of("https://news.example/rss"));
    assertEquals("Sahel Monitor", feed.title());
    assertEquals(2, feed.items().size());
    FeedItem first = feed.items().get(0);
    assertEquals(Optional.of("https://news.example/kidal"), first.link());
    assertEquals(Optional.of("Attack in Kidal"), first.title());
    // 23:30 at -05:00 is 1 December in UTC; the feed wrote the 30th.
    assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), first.published());
    assertTrue(first.html().orElseThrow().contains("Gunmen killed three villagers"));
    assertTrue(!first.html().orElseThrow().contains("Short version"));
    FeedItem second = feed.items().get(1);
    assertEquals(Optional.of("https://news.example/gao"), second.link());
    // RSS descriptions are HTML: the XML's "&amp;" is a bare "&", which HTML tolerates.
    assertEquals("<p>Soldiers & militants clashed near Gao.</p>",
        second.html().orElseThrow().strip());
  }

  @Test
  void rss_1_and_0_91_are_read() throws Exception {
    Feed rdf = parse("""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://news.example/"><title>RDF news</title>
            <link>https://news.example/</link><description>d</description></channel>
          <item rdf:about="https://news.example/one"><title>One</title>
            <link>https://news.example/one</link><description>Shelling in Goma.</description>
            <dc:date>2026-11-28T10:00:00+01:00</dc:date></item>
        </rdf:RDF>
        """, Optional.empty());
    assertEquals("RDF news", rdf.title());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 28)), rdf.items().get(0).published());
    Feed old = parse("""
        <rss version="0.91"><channel><title>Old</title><link>https://o.example/</link>
          <description>d</description><language>en</language>
          <item><title>A</title><link>https://o.example/a</link><description>Text.</description></item>
        </channel></rss>
        """, Optional.empty());
    assertEquals(Optional.of("https://o.example/a"), old.items().get(0).link());
  }

  @Test
  void atom_entries_prefer_content_over_summary() throws Exception {
    Feed feed = parse(AtomFeeds.ATOM, Optional.empty());
    assertEquals("Atom Desk", feed.title());
    FeedItem entry = feed.items().get(0);
    assertEquals(Optional.of("https://atom.example/raid"), entry.link());
    assertEquals(Optional.of("urn:uuid:1"), entry.guid());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), entry.published());
    assertTrue(entry.html().orElseThrow().contains("Police raided"));
  }

  @Test
  void json_feed_items_are_read_with_text_escaped_into_paragraphs() throws Exception {
    Feed feed = parse(AtomFeeds.JSON_FEED, Optional.empty());
    assertEquals("JSON Desk", feed.title());
    assertEquals(2, feed.items().size());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), feed.items().get(0).published());
    assertEquals("<p>Protesters &lt;marched&gt; in Dakar.</p>",
        feed.items().get(1).html().orElseThrow().strip());
    assertEquals(Optional.of("2"), feed.items().get(1).guid());
  }

  @Test
  void malformed_xml_is_not_a_feed() {
    NotAFeed e = assertThrows(NotAFeed.class,
        () -> parse("<rss version=\"2.0\"><channel><item><title>x</channel></rss>",
            Optional.empty()));
    assertTrue(e.getMessage().startsWith("not a feed: malformed XML"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void a_web_page_is_not_a_feed() {
    NotAFeed e = assertThrows(NotAFeed.class,
        () -> parse("<!DOCTYPE html><html><body><p>hi</p></body></html>", Optional.empty()));
    assertEquals("not a feed: it is a web page (HTML)", e.getMessage());
  }

  @Test
  void empty_input_json_of_another_kind_and_other_xml_are_not_feeds() {
    assertEquals("not a feed: it is empty",
        assertThrows(NotAFeed.class, () -> parse("  \n", Optional.empty())).getMessage());
    assertTrue(assertThrows(NotAFeed.class, () -> parse("{\"text\": \"a\"}", Optional.empty()))
        .getMessage().startsWith("not a feed: JSON without a JSON Feed version"));
    assertTrue(assertThrows(NotAFeed.class, () -> parse("<svg></svg>", Optional.empty()))
        .getMessage().startsWith("not a feed: XML but not RSS or Atom"));
  }

  @Test
  void a_doctype_is_refused_so_no_entity_is_expanded() {
    assertThrows(NotAFeed.class, () -> parse("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&x;</title></channel></rss>
        """, Optional.empty()));
  }

  private static Feed parse(String text, Optional<String> base) throws NotAFeed {
    return FeedParser.parse(text.getBytes(StandardCharsets.UTF_8), base);
  }
}
