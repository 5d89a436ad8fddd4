package org.sitrep.ingest.source;

import java.util.List;
import java.util.Objects;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.web.CacheValidators;

/** What one poll of a feed found: nothing new, a failure, or the items not seen before. */
public sealed interface FeedPoll {
  /** The server said 304: the feed is as it was. */
  record Unchanged() implements FeedPoll {}

  /** @param message one line naming the feed: "https://x/rss: HTTP 500 (server error)" */
  record Failed(String message, boolean isTransient) implements FeedPoll {}

  /**
   * @param items turns the unseen items into articles
   * @param unseen the feed's items whose ids were not seen, in the feed's order
   * @param validators to send on the next poll
   */
  record Fresh(FeedItems items, List<FeedItem> unseen, CacheValidators validators)
      implements FeedPoll {
    public Fresh {
      Objects.requireNonNull(items, "items");
      unseen = List.copyOf(unseen);
      Objects.requireNonNull(validators, "validators");
    }
  }
}
