package org.sitrep.ingest.web;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server said identifies the version it sent ({@code ETag}, {@code Last-Modified}); sent
 * back when polling, so that an unchanged feed costs a 304 and no parse.
 */
public record CacheValidators(Optional<String> etag, Optional<String> lastModified) {
  public static final CacheValidators NONE = new CacheValidators(Optional.empty(), Optional.empty());

  public CacheValidators {
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
  }

  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
