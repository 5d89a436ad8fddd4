package org.sitrep.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.feed.Feed;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.web.FetchProblem;
import org.sitrep.ingest.web.FetchedPage;
import org.sitrep.ingest.web.PageFetcher;

/**
 * Turns a feed's items into articles: from the item's own content (a feed file, or an item
 * without a link), or from the page the item links to. The item's link, title, date and the
 * feed's title become the article's {@link Hints}.
 *
 * <pre>{@code
 * FeedItems items = new FeedItems("https://example.org/rss", feed, ReadOptions.none());
 * SourceItem first = items.fromPage(feed.items().get(0), fetcher);
 * }</pre>
 */
public final class FeedItems {
  private final String feedId;
  private final Feed feed;
  private final ReadOptions options;

  /** @param feedId the feed's path or URL, for ids of items without a link or guid */
  public FeedItems(String feedId, Feed feed, ReadOptions options) {
    this.feedId = feedId;
    this.feed = feed;
    this.options = options;
  }

  /** The item's id: its link, else its guid, else "FEED#N". */
  public String id(FeedItem item) {
    return item.id(feedId);
  }

  /** The item from its own content; Broken when it has none. */
  public SourceItem fromContent(FeedItem item) {
    if (item.html().isEmpty()) {
      return new SourceItem.Broken(id(item), item.link().isPresent()
          ? "the feed item has no content of its own; read the feed by its URL to fetch its page"
          : "the feed item has neither content nor a link");
    }
    String page = item.page().orElseThrow();
    return new SourceItem.Found(new ArticleInput(id(item), page.getBytes(StandardCharsets.UTF_8),
        options.published(), options.source(), InputKind.HTML,
        hints(item).withCharset(Optional.of(StandardCharsets.UTF_8))));
  }

  /**
   * The page the item links to, fetched; an item without a link is read from its content.
   *
   * @throws FetchProblem when the page cannot be fetched, for the caller to report or retry
   */
  public SourceItem fromPage(FeedItem item, PageFetcher fetcher) throws FetchProblem {
    if (item.link().isEmpty()) {
      return fromContent(item);
    }
    FetchedPage page = fetcher.fetch(item.link().get());
    return PageInputs.of(id(item), page, hints(item), options);
  }

  private Hints hints(FeedItem item) {
    return new Hints(item.link(), item.title(), item.published(), feed.title(),
        Optional.empty());
  }
}
