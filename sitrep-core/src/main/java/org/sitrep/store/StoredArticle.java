package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.DateSource;

/**
 * An article as the store keeps it: the text events' evidence offsets point into, and the
 * metadata the events were coded with.
 *
 * @param id the store's id of the article
 * @param inputId the article's id as it was read (a path, URL or feed id)
 */
public record StoredArticle(
    long id,
    ContentHash hash,
    String inputId,
    Optional<String> url,
    String title,
    String source,
    Optional<LocalDate> published,
    DateSource publishedFrom,
    Optional<String> language,
    String text,
    Instant storedAt) {
  public StoredArticle {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(inputId, "inputId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(storedAt, "storedAt");
  }
}
