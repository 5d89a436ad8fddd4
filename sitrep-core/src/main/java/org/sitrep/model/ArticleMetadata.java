package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an article besides its body: where it came from, when it was published, the
 * dateline place and byline, and the spans of text that are not body (title, captions, credits),
 * which extraction must not read as events.
 */
public record ArticleMetadata(
    String title,
    String source,
    Optional<LocalDate> published,
    Optional<String> datelinePlace,
    Optional<String> byline,
    Span titleSpan,
    List<Span> captions) {
  public ArticleMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(datelinePlace, "datelinePlace");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(titleSpan, "titleSpan");
    captions = List.copyOf(captions);
  }
}
