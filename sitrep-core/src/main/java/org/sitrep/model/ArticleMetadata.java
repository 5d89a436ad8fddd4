package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an article besides its body: where it came from, when it was published and
 * how that is known, the dateline place and byline, its language, and the spans of text that are
 * not body (title, captions, credits), which extraction must not read as events.
 *
 * @param url the page's own address (its canonical link where it gives one)
 * @param language the ISO 639 code of the article's language ("en"), when it was detected
 */
public record ArticleMetadata(
    String title,
    String source,
    Optional<LocalDate> published,
    DateSource publishedFrom,
    Optional<String> datelinePlace,
    Optional<String> byline,
    Optional<String> url,
    Optional<String> language,
    Span titleSpan,
    List<Span> captions) {
  public ArticleMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(datelinePlace, "datelinePlace");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(titleSpan, "titleSpan");
    captions = List.copyOf(captions);
    if (published.isEmpty() != (publishedFrom == DateSource.NONE)) {
      throw new IllegalArgumentException("a date needs its source, and no date has none");
    }
  }

  /** Metadata of a plain text: a date, if any, given by the user; no URL; language unknown. */
  public ArticleMetadata(String title, String source, Optional<LocalDate> published,
      Optional<String> datelinePlace, Optional<String> byline, Span titleSpan, List<Span> captions) {
    this(title, source, published, published.isPresent() ? DateSource.GIVEN : DateSource.NONE,
        datelinePlace, byline, Optional.empty(), Optional.empty(), titleSpan, captions);
  }

  public ArticleMetadata withLanguage(Optional<String> detected) {
    return new ArticleMetadata(title, source, published, publishedFrom, datelinePlace, byline, url,
        detected, titleSpan, captions);
  }
}
