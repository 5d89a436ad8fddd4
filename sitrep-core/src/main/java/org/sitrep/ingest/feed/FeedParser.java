package org.sitrep.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a feed of any kind Sitrep reads: RSS 0.9x, 1.0 and 2.0 and Atom ({@link XmlFeeds}, by
 * ROME) and JSON Feed 1 and 1.1 ({@link JsonFeeds}), told apart by the first bytes.
 *
 * <pre>{@code
 * Feed feed = FeedParser.parse(bytes, Optional.of("https://example.org/rss"));
 * }</pre>
 */
public final class FeedParser {
  private FeedParser() {}

  /**
   * @param base the feed's own URL, against which relative item links are resolved
   * @throws NotAFeed for malformed XML or JSON, a web page, or a document of another kind
   */
  public static Feed parse(byte[] bytes, Optional<String> base) throws NotAFeed {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .replace("\u00EF\u00BB\u00BF", "").stripLeading();
    if (head.isEmpty()) {
      throw new NotAFeed("it is empty");
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (head.startsWith("{")) {
      return JsonFeeds.parse(bytes, base);
    }
    boolean feedTag = lower.contains("<rss") || lower.contains("<feed")
        || lower.contains("<rdf:rdf");
    if (!feedTag && (lower.contains("<html") || lower.contains("<!doctype html"))) {
      throw new NotAFeed("it is a web page (HTML)");
    }
    if (!head.startsWith("<")) {
      throw new NotAFeed("neither XML nor JSON");
    }
    return XmlFeeds.parse(bytes, base);
  }
}
