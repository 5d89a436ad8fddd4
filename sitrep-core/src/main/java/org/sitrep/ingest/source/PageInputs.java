package org.sitrep.ingest.source;

import java.util.Locale;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.web.FetchedPage;

/**
 * What a fetched response is, by its {@code Content-Type} and, where that is vague (XML, JSON,
 * plain text, none), by its first bytes: a page, plain text, a feed, or nothing Sitrep reads.
 */
final class PageInputs {
  /** What a response holds. */
  enum Kind { HTML, TEXT, FEED, OTHER }

  private PageInputs() {}

  static Kind kind(FetchedPage page) {
    String type = page.mediaType();
    return switch (type) {
      case "text/html", "application/xhtml+xml" -> sniffed(page) == Container.FEED ? Kind.FEED
          : Kind.HTML;
      case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
          "application/feed+json" -> Kind.FEED;
      case "text/xml", "application/xml", "application/json", "text/plain", "",
          "application/octet-stream" -> switch (sniffed(page)) {
            case FEED -> Kind.FEED;
            case HTML -> Kind.HTML;
            case JSON_LINES, WARC -> Kind.OTHER;
            case TEXT, CSV -> Kind.TEXT;
          };
      default -> type.startsWith("text/") ? Kind.TEXT : Kind.OTHER;
    };
  }

  /**
   * The page as an article; a {@link SourceItem.Broken} when the response is not one.
   *
   * @param hints what the feed said about the item, if it came from one; the final URL and the
   *     header's charset are added here
   */
  static SourceItem of(String id, FetchedPage page, Hints hints, ReadOptions options) {
    Kind kind = kind(page);
    if (kind == Kind.FEED) {
      return new SourceItem.Broken(id, "a feed where a page was expected (" + page.finalUrl()
          + ")");
    }
    if (kind == Kind.OTHER) {
      String type = page.mediaType().isEmpty() ? "unknown content" : page.mediaType();
      return new SourceItem.Broken(id, "not a news page: " + type.toLowerCase(Locale.ROOT));
    }
    Hints said = hints.withUrl(page.finalUrl()).withCharset(page.charset());
    return new SourceItem.Found(new ArticleInput(id, page.body(), options.published(),
        options.source(), kind == Kind.HTML ? InputKind.HTML : InputKind.TEXT, said));
  }

  private static Container sniffed(FetchedPage page) {
    byte[] body = page.body();
    byte[] head = body.length <= 8192 ? body : java.util.Arrays.copyOf(body, 8192);
    return Container.sniff(head);
  }
}
