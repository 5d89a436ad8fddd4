package org.sitrep.ingest.source;

import java.io.InputStream;
import java.util.Optional;
import org.sitrep.ingest.ArticleSource;

/** PLACEHOLDER: being written. */
final class FeedSource {
  private FeedSource() {}

  static ArticleSource of(String id, InputStream in, Optional<String> feedUrl,
      ReadOptions options) {
    return Sources.broken(id, "feeds are not read yet");
  }
}
