package org.sitrep.ingest.feed;

import java.net.URI;
import java.util.Optional;

/** Item links as feeds write them: often relative, sometimes padded with whitespace. */
final class Links {
  private Links() {}

  static Optional<String> nonBlank(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** The link made absolute against the feed's URL; as written when it cannot be. */
  static Optional<String> resolve(Optional<String> base, String link) {
    Optional<String> written = nonBlank(link).map(String::strip);
    if (written.isEmpty() || base.isEmpty()) {
      return written;
    }
    try {
      return Optional.of(URI.create(base.get()).resolve(written.get()).toString());
    } catch (IllegalArgumentException e) {
      return written;
    }
  }
}
