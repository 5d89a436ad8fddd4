package org.sitrep.store;

import java.util.Objects;

/**
 * What {@link EventSink#store} did with one article.
 *
 * @param articleId the store's id of the article: the new row, or the one stored before
 * @param events events stored by this call; 0 when the article was already stored
 * @param stored false when the same text was stored before (by this process or another), and
 *     nothing was written
 */
public record StoreResult(long articleId, ContentHash hash, int events, boolean stored) {
  public StoreResult {
    Objects.requireNonNull(hash, "hash");
    if (!stored && events != 0) {
      throw new IllegalArgumentException("an article already stored stores no events");
    }
  }

  public static StoreResult stored(long articleId, ContentHash hash, int events) {
    return new StoreResult(articleId, hash, events, true);
  }

  public static StoreResult alreadyStored(long articleId, ContentHash hash) {
    return new StoreResult(articleId, hash, 0, false);
  }
}
