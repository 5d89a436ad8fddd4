package org.sitrep.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.feed.Feed;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.feed.FeedParser;
import org.sitrep.ingest.feed.NotAFeed;
import org.sitrep.ingest.web.CacheValidators;
import org.sitrep.ingest.web.FetchProblem;
import org.sitrep.ingest.web.FetchedPage;
import org.sitrep.ingest.web.PageFetcher;

/**
 * Polls feeds for items not seen before, for {@code sitrep watch}: a feed URL is fetched with the
 * last poll's validators (a 304 is "unchanged"), a feed file is read again. Which items were seen
 * is the caller's to remember; an empty feed is simply nothing new.
 *
 * <pre>{@code
 * FeedPoll poll = poller.poll("https://example.org/rss", validators, seen::contains);
 * if (poll instanceof FeedPoll.Fresh fresh) {
 *   for (FeedItem item : fresh.unseen()) { SourceItem page = poller.page(fresh, item); ... }
 * }
 * }</pre>
 */
public final class FeedPoller {
  private final PageFetcher fetcher;
  private final ReadOptions options;

  public FeedPoller(PageFetcher fetcher, ReadOptions options) {
    this.fetcher = fetcher;
    this.options = options;
  }

  /**
   * @param feed a feed's URL or file name, as the user gave it
   * @param seen whether an item id was seen on an earlier poll
   */
  public FeedPoll poll(String feed, CacheValidators since, Predicate<String> seen) {
    byte[] bytes;
    Optional<String> base = Optional.empty();
    CacheValidators validators = CacheValidators.NONE;
    if (Sources.isUrl(feed)) {
      try {
        FetchedPage page = fetcher.fetch(feed, since);
        if (page.notModified()) {
          return new FeedPoll.Unchanged();
        }
        bytes = page.body();
        base = Optional.of(page.finalUrl());
        validators = page.validators();
      } catch (FetchProblem e) {
        return new FeedPoll.Failed(e.getMessage(), e.isTransient());
      }
    } else {
      try {
        bytes = Files.readAllBytes(Path.of(feed));
      } catch (NoSuchFileException e) {
        return new FeedPoll.Failed(feed + ": no such file", false);
      } catch (IOException | RuntimeException e) {
        return new FeedPoll.Failed(feed + ": cannot read: " + e.getMessage(), false);
      }
    }
    Feed parsed;
    try {
      parsed = FeedParser.parse(bytes, base);
    } catch (NotAFeed e) {
      return new FeedPoll.Failed(feed + ": " + e.getMessage(), false);
    }
    FeedItems items = new FeedItems(feed, parsed, options);
    List<FeedItem> unseen =
        parsed.items().stream().filter(item -> !seen.test(items.id(item))).toList();
    return new FeedPoll.Fresh(items, unseen, validators);
  }

  /**
   * The article of an unseen item: its linked page, fetched, for a feed from the web; for a feed
   * file, its own content, or its linked page when it has none (the user named the feed to watch).
   *
   * @throws FetchProblem when the page cannot be fetched; {@link FetchProblem#isTransient} says
   *     whether to try again on the next poll
   */
  public SourceItem page(String feed, FeedPoll.Fresh poll, FeedItem item) throws FetchProblem {
    if (Sources.isUrl(feed) || item.html().isEmpty()) {
      return poll.items().fromPage(item, fetcher);
    }
    return poll.items().fromContent(item);
  }
}
