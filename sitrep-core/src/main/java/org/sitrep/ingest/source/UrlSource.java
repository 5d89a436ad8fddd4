package org.sitrep.ingest.source;

import org.sitrep.ingest.ArticleSource;

/** PLACEHOLDER: being written. */
final class UrlSource {
  private UrlSource() {}

  static ArticleSource open(String url, ReadOptions options) {
    return Sources.broken(url, "URLs are not fetched yet");
  }
}
