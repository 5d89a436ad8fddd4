package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.web.CacheValidators;
import org.sitrep.ingest.web.FetchSettings;
import org.sitrep.ingest.web.LocalWeb;
import org.sitrep.ingest.web.PageFetcher;
import org.sitrep.ingest.web.SuppressForbidden;

@SuppressForbidden(reason = "a handler of the JDK's HTTP server, as LocalWeb")
class FeedPollerTest {
  @TempDir Path dir;

  private final LocalWeb web;
  private final FeedPoller poller = new FeedPoller(new PageFetcher(FetchSettings.defaults()
      .withPoliteDelay(Duration.ZERO)), ReadOptions.none());

  FeedPollerTest() throws Exception {
    web = new LocalWeb();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void only_unseen_items_are_new_and_an_empty_feed_is_nothing_new() throws Exception {
    Path file = dir.resolve("news.xml");
    Files.writeString(file, RssFeeds.twoItems("https://news.example"), StandardCharsets.UTF_8);
    FeedPoll.Fresh fresh = assertInstanceOf(FeedPoll.Fresh.class, poller.poll(file.toString(),
        CacheValidators.NONE, Set.of("https://news.example/kidal")::contains));
    assertEquals(1, fresh.unseen().size());
    assertEquals("https://news.example/gao", fresh.items().id(fresh.unseen().get(0)));
    // A feed file is read from the items' own content: no connection.
    assertInstanceOf(SourceItem.Found.class,
        poller.page(file.toString(), fresh, fresh.unseen().get(0)));
    Files.writeString(file, "<rss version=\"2.0\"><channel><title>E</title></channel></rss>");
    assertTrue(assertInstanceOf(FeedPoll.Fresh.class,
        poller.poll(file.toString(), CacheValidators.NONE, id -> false)).unseen().isEmpty());
  }

  @Test
  void a_feed_answered_304_to_its_etag_is_unchanged() {
    web.handle("/rss", exchange -> {
      exchange.getResponseHeaders().add("ETag", "\"1\"");
      boolean same = "\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
      LocalWeb.send(exchange, same ? 304 : 200, "application/rss+xml",
          same ? new byte[0] : RssFeeds.twoItems(web.url("")).getBytes(StandardCharsets.UTF_8));
    });
    FeedPoll.Fresh first = assertInstanceOf(FeedPoll.Fresh.class,
        poller.poll(web.url("/rss"), CacheValidators.NONE, id -> false));
    assertEquals(2, first.unseen().size());
    assertInstanceOf(FeedPoll.Unchanged.class,
        poller.poll(web.url("/rss"), first.validators(), id -> false));
  }

  @Test
  void a_feed_that_fails_says_so_in_one_line() {
    web.status("/down", 503).page("/page", "text/html", "<html><body><p>x</p></body></html>");
    FeedPoll.Failed down = assertInstanceOf(FeedPoll.Failed.class,
        poller.poll(web.url("/down"), CacheValidators.NONE, id -> false));
    assertEquals(web.url("/down") + ": HTTP 503 (service unavailable)", down.message());
    assertTrue(down.isTransient());
    FeedPoll.Failed page = assertInstanceOf(FeedPoll.Failed.class,
        poller.poll(web.url("/page"), CacheValidators.NONE, id -> false));
    assertEquals(web.url("/page") + ": not a feed: it is a web page (HTML)", page.message());
  }
}
