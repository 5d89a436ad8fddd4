package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.feed.AtomFeeds;
import org.sitrep.ingest.web.FetchSettings;
import org.sitrep.ingest.web.LocalWeb;
import org.sitrep.ingest.web.PageFetcher;
import org.sitrep.model.Article;

/** URLs served from 127.0.0.1: pages, feeds whose items' pages are fetched, and failures. */
class UrlSourceTest {
  private final LocalWeb web;
  private final PageFetcher fetcher = new PageFetcher(FetchSettings.defaults()
      .withPoliteDelay(Duration.ZERO)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));

  UrlSourceTest() throws IOException {
    web = new LocalWeb();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void an_rss_feed_gives_its_items_linked_pages_with_the_feeds_hints() throws Exception {
    web.page("/rss", "application/rss+xml", RssFeeds.twoItems(web.url("")))
        .page("/kidal", "text/html; charset=utf-8", page("Kidal",
            "Gunmen killed three villagers in Kidal on Monday."))
        .page("/gao", "text/html", page("Gao", "Soldiers clashed with militants near Gao."));
    List<SourceItem> items = read(web.url("/rss"));
    assertEquals(2, items.size());
    ArticleInput kidal = assertInstanceOf(SourceItem.Found.class, items.get(0)).input();
    assertEquals(web.url("/kidal"), kidal.id());
    assertEquals(InputKind.HTML, kidal.kind());
    assertEquals(Optional.of(web.url("/kidal")), kidal.hints().url());
    assertEquals(Optional.of(StandardCharsets.UTF_8), kidal.hints().charset());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), kidal.hints().published());
    assertEquals("Sahel Monitor", kidal.hints().source());
    Article article = new ArticleReaders().read(kidal);
    assertTrue(article.text().contains("Gunmen killed three villagers"), article.text());
    assertEquals(List.of("/rss", "/kidal", "/gao"),
        web.requests().stream().map(LocalWeb.Request::path).toList());
  }

  @Test
  void a_linked_page_that_fails_is_broken_and_the_rest_go_on() throws Exception {
    web.page("/rss", "application/rss+xml", RssFeeds.twoItems(web.url("")))
        .status("/kidal", 500)
        .page("/gao", "text/html", page("Gao", "Soldiers clashed with militants near Gao."));
    List<SourceItem> items = read(web.url("/rss"));
    assertEquals(new SourceItem.Broken(web.url("/kidal"), "HTTP 500 (server error)"),
        items.get(0));
    assertInstanceOf(SourceItem.Found.class, items.get(1));
  }

  @Test
  void atom_and_json_feeds_served_as_xml_or_json_are_feeds() throws Exception {
    web.page("/atom", "application/xml", AtomFeeds.ATOM.replace("https://atom.example",
        web.url(""))).page("/raid", "text/html", page("Raid", "Police raided a camp."));
    List<SourceItem> atom = read(web.url("/atom"));
    assertEquals(web.url("/raid"), assertInstanceOf(SourceItem.Found.class, atom.get(0)).id());
    web.page("/feed.json", "application/feed+json",
        AtomFeeds.JSON_FEED.replace("https://json.example", web.url("")))
        .page("/1", "text/html", page("Strike", "A drone strike hit Tessalit."));
    List<SourceItem> json = read(web.url("/feed.json"));
    assertEquals(2, json.size());
    assertEquals(web.url("/1"), json.get(0).id());
    // The second item has no link: it is read from its own text.
    ArticleInput second = assertInstanceOf(SourceItem.Found.class, json.get(1)).input();
    assertTrue(new String(second.bytes(), StandardCharsets.UTF_8).contains("Dakar"));
  }

  @Test
  void a_page_is_one_html_item_named_as_given_and_hinted_where_redirects_led()
      throws Exception {
    web.redirect("/short", "/long").redirect("/long", "/story")
        .page("/story", "text/html", page("Story", "Rebels seized a town."));
    List<SourceItem> items = read(web.url("/short"));
    ArticleInput input = assertInstanceOf(SourceItem.Found.class, items.get(0)).input();
    assertEquals(web.url("/short"), input.id());
    assertEquals(Optional.of(web.url("/story")), input.hints().url());
    assertEquals(InputKind.HTML, input.kind());
  }

  @Test
  void plain_text_is_a_text_item_and_a_picture_is_broken() {
    web.page("/t.txt", "text/plain; charset=utf-8", "Rebels seized a town on Friday.")
        .page("/p.png", "image/png", "\u0089PNG");
    assertEquals(InputKind.TEXT,
        assertInstanceOf(SourceItem.Found.class, read(web.url("/t.txt")).get(0)).input().kind());
    assertEquals(List.of(new SourceItem.Broken(web.url("/p.png"), "not a news page: image/png")),
        read(web.url("/p.png")));
  }

  @Test
  void failures_are_one_broken_item_naming_the_url() {
    web.status("/err", 500).slow("/slow", Duration.ofMillis(3000));
    for (int i = 0; i < 6; i++) {
      web.redirect("/r" + i, "/r" + (i + 1));
    }
    web.page("/r6", "text/html", page("Far", "Too far."));
    assertEquals(List.of(new SourceItem.Broken(web.url("/err"), "HTTP 500 (server error)")),
        read(web.url("/err")));
    assertEquals(List.of(new SourceItem.Broken(web.url("/slow"), "timed out after 1 s")),
        read(web.url("/slow")));
    assertEquals(List.of(new SourceItem.Broken(web.url("/r0"), "more than 5 redirects")),
        read(web.url("/r0")));
  }

  @Test
  void malformed_feed_xml_from_the_web_is_one_broken_item() {
    web.page("/bad", "application/rss+xml", "<rss><channel><item></channel>");
    SourceItem.Broken broken = assertInstanceOf(SourceItem.Broken.class,
        read(web.url("/bad")).get(0));
    assertTrue(broken.problem().startsWith("not a feed: malformed XML"), broken.problem());
  }

  @Test
  void a_page_over_the_size_limit_is_broken() {
    web.page("/big", "text/html", page("Big", "x".repeat(4000)));
    PageFetcher small = new PageFetcher(fetcher.settings().withMaxBytes(1000));
    assertEquals(List.of(new SourceItem.Broken(web.url("/big"),
            "larger than 1000 bytes; expected one news page or feed")),
        FeedSourceTest.drain(Sources.open(web.url("/big"), ReadOptions.none(), small)));
  }

  private List<SourceItem> read(String url) {
    return FeedSourceTest.drain(Sources.open(url, ReadOptions.none(), fetcher));
  }

  static String page(String title, String text) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><p>"
        + text + "</p></article></body></html>";
  }
}
