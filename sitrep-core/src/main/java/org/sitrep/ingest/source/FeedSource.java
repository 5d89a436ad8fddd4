package org.sitrep.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.feed.Feed;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.feed.FeedParser;
import org.sitrep.ingest.feed.NotAFeed;
import org.sitrep.ingest.web.FetchProblem;
import org.sitrep.ingest.web.FetchSettings;
import org.sitrep.ingest.web.PageFetcher;

/**
 * The items of an RSS, Atom or JSON Feed document. A feed file is read without the network: each
 * item from its own content. A feed fetched from a URL has each item's linked page fetched, one at
 * a time, when the item is reached; a page that fails is a Broken item and the rest go on. A
 * document that is not a feed (malformed XML, a web page, no items) is one Broken item.
 */
final class FeedSource implements ArticleSource {
  private final FeedItems items;
  private final Iterator<FeedItem> remaining;
  private final Optional<PageFetcher> fetcher;

  private FeedSource(FeedItems items, Feed feed, Optional<PageFetcher> fetcher) {
    this.items = items;
    this.remaining = feed.items().iterator();
    this.fetcher = fetcher;
  }

  /**
   * @param feedUrl where the feed was fetched from: its items' pages are then fetched too, with a
   *     fetcher of the default settings
   */
  static ArticleSource of(String id, InputStream in, Optional<String> feedUrl,
      ReadOptions options) {
    byte[] bytes;
    try (in) {
      bytes = in.readNBytes(Sources.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      return Sources.broken(id, Sources.problem(e));
    }
    if (bytes.length > Sources.MAX_DOCUMENT_BYTES) {
      return Sources.broken(id, "larger than 20 MB; expected one feed");
    }
    Optional<PageFetcher> fetcher =
        feedUrl.map(url -> new PageFetcher(FetchSettings.defaults()));
    return of(id, bytes, feedUrl, options, fetcher);
  }

  /**
   * @param fetcher fetches the items' pages; empty to read each item from its own content
   */
  static ArticleSource of(String id, byte[] bytes, Optional<String> feedUrl, ReadOptions options,
      Optional<PageFetcher> fetcher) {
    Feed feed;
    try {
      feed = FeedParser.parse(bytes, feedUrl);
    } catch (NotAFeed e) {
      return Sources.broken(id, e.getMessage());
    }
    if (feed.items().isEmpty()) {
      return Sources.broken(id, "not a feed: it has no items");
    }
    return new FeedSource(new FeedItems(id, feed, options), feed, fetcher);
  }

  @Override
  public Optional<SourceItem> next() {
    if (!remaining.hasNext()) {
      return Optional.empty();
    }
    FeedItem item = remaining.next();
    if (fetcher.isEmpty()) {
      return Optional.of(items.fromContent(item));
    }
    try {
      return Optional.of(items.fromPage(item, fetcher.get()));
    } catch (FetchProblem e) {
      // The item's id is its link, which the problem names already.
      return Optional.of(new SourceItem.Broken(items.id(item), e.problem()));
    }
  }

  @Override
  public void close() {}
}
