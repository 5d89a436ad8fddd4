package org.sitrep.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed RSS, Atom or JSON Feed document: its title and items in the feed's order. Feeds are
 * small (a few dozen items), so the whole feed is held at once.
 *
 * @param title the feed's title, used as the items' {@code source}; "" when it has none
 */
public record Feed(String title, List<FeedItem> items) {
  public Feed {
    Objects.requireNonNull(title, "title");
    items = List.copyOf(items);
  }
}
