package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Raw bytes of one input and what the user said about it.
 *
 * @param id the input's path, URL or id, used in messages and as the event's {@code article}
 * @param source the publisher's name for ACLED's {@code source} field; empty when not given
 */
public record ArticleInput(String id, byte[] bytes, Optional<LocalDate> published, String source) {
  public ArticleInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
  }
}
