package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Raw bytes of one article, what kind they are, and what the user and the container said about
 * it.
 *
 * @param id the input's path, URL or id, used in messages and as the event's {@code article}
 * @param published the date the user gave ({@code --published}); it outranks every other
 * @param source the publisher's name the user gave, for ACLED's {@code source}; empty when not given
 * @param hints what the file, feed, crawl or HTTP response said about the article
 */
public record ArticleInput(
    String id, byte[] bytes, Optional<LocalDate> published, String source, InputKind kind,
    Hints hints) {
  public ArticleInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(hints, "hints");
  }

  /** A plain-text report with nothing known about it but what the user said. */
  public ArticleInput(String id, byte[] bytes, Optional<LocalDate> published, String source) {
    this(id, bytes, published, source, InputKind.TEXT, Hints.NONE);
  }
}
