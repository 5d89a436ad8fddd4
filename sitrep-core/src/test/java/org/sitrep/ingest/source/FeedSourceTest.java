package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.feed.AtomFeeds;
import org.sitrep.model.Article;

/** Feed files are read without the network: each item from its own content. */
class FeedSourceTest {
  @TempDir Path dir;

  @Test
  void an_rss_file_gives_one_page_per_item_with_the_feeds_hints() throws Exception {
    List<SourceItem> items = read(write("news.xml", RssFeeds.twoItems("https://news.example")));
    assertEquals(2, items.size());
    ArticleInput first = assertInstanceOf(SourceItem.Found.class, items.get(0)).input();
    assertEquals("https://news.example/kidal", first.id());
    assertEquals(InputKind.HTML, first.kind());
    assertEquals(Optional.of("https://news.example/kidal"), first.hints().url());
    assertEquals(Optional.of("Attack in Kidal"), first.hints().title());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), first.hints().published());
    assertEquals("Sahel Monitor", first.hints().source());
    Article article = new ArticleReaders().read(first);
    assertTrue(article.text().startsWith("Attack in Kidal\n\n"), article.text());
    assertTrue(article.text().contains("Gunmen killed three villagers in Kidal on Monday."));
    assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), article.metadata().published());
  }

  @Test
  void a_feed_file_is_told_by_its_first_bytes_too() throws Exception {
    List<SourceItem> items = read(write("desk", AtomFeeds.JSON_FEED));
    assertEquals(2, items.size());
    assertEquals("https://json.example/1", items.get(0).id());
    assertEquals("2", items.get(1).id());
    assertEquals(1, read(write("atom.feed", AtomFeeds.ATOM)).size());
  }

  @Test
  void an_item_with_neither_content_nor_link_is_broken_and_the_rest_go_on() throws Exception {
    Path file = write("thin.rss", """
        <rss version="2.0"><channel><title>Thin</title>
          <item><title>Nothing</title></item>
          <item><title>Text</title><description>Shelling in Goma.</description></item>
        </channel></rss>
        """);
    List<SourceItem> items = read(file);
    assertEquals(new SourceItem.Broken(file + "#1",
        "the feed item has neither content nor a link"), items.get(0));
    assertInstanceOf(SourceItem.Found.class, items.get(1));
    assertEquals(file + "#2", items.get(1).id());
  }

  @Test
  void malformed_xml_is_one_broken_item() throws Exception {
    Path file = write("bad.xml", "<rss version=\"2.0\"><channel><item><title>x</channel>");
    List<SourceItem> items = read(file);
    assertEquals(1, items.size());
    SourceItem.Broken broken = assertInstanceOf(SourceItem.Broken.class, items.get(0));
    assertTrue(broken.problem().startsWith("not a feed: malformed XML"), broken.problem());
  }

  @Test
  void a_web_page_named_like_a_feed_and_an_empty_feed_are_one_broken_item_each()
      throws Exception {
    assertEquals(List.of(new SourceItem.Broken(dir.resolve("page.rss").toString(),
            "not a feed: it is a web page (HTML)")),
        read(write("page.rss", "<!doctype html><html><body><p>x</p></body></html>")));
    assertEquals(List.of(new SourceItem.Broken(dir.resolve("empty.rss").toString(),
            "not a feed: it has no items")),
        read(write("empty.rss", "<rss version=\"2.0\"><channel><title>E</title></channel></rss>")));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static List<SourceItem> read(Path file) {
    return drain(Sources.open(file.toString(), ReadOptions.none()));
  }

  static List<SourceItem> drain(ArticleSource source) {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
        items.add(item.get());
      }
    }
    return items;
  }
}
