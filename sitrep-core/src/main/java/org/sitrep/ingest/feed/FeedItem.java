package org.sitrep.ingest.feed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * One item of a feed, in the fields all feed formats share.
 *
 * @param position 1 for the feed's first item, for an id when the item has no link or guid
 * @param link the article's address, resolved against the feed's own
 * @param guid RSS {@code guid}, Atom {@code id} or JSON Feed {@code id}
 * @param published the date part of the item's date as the feed wrote it (not converted to UTC:
 *     a report dated "Mon, 30 Nov 2026 23:30 -0500" was published on the 30th where it was
 *     written)
 * @param html the item's own content as HTML ({@code content:encoded}, Atom content, JSON Feed
 *     {@code content_html}), else its description or summary; plain text is escaped into
 *     paragraphs
 */
public record FeedItem(
    int position,
    Optional<String> link,
    Optional<String> guid,
    Optional<String> title,
    Optional<LocalDate> published,
    Optional<String> html) {
  public FeedItem {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(html, "html");
  }

  /**
   * The item's own content as a web page titled with the item's title, for the page reader; empty
   * when the item has no content.
   */
  public Optional<String> page() {
    return html.map(body -> "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + Entities.escape(title.orElse("")) + "</title></head><body><article>\n" + body
        + "\n</article></body></html>\n");
  }

  /** The item's name in messages and events: its link, else its guid, else "FEED#N". */
  public String id(String feedId) {
    return link.or(() -> guid).orElse(feedId + "#" + position);
  }
}
