package org.sitrep.store;

import java.util.Objects;

/**
 * What {@link EventSink#store} did with one article.
 *
 * @param articleId the store's id of the article: the new row, or the one stored before
 * @param events events stored by this call, new or merged; 0 when the article was already stored
 * @param merged how many of those were found to be reports of an event another article reported
 *     first, and were stored as its sources rather than as events of their own
 * @param stored false when the same text was stored before (by this process or another), and
 *     nothing was written
 */
public record StoreResult(
    long articleId, ContentHash hash, int events, int merged, boolean stored) {
  public StoreResult {
    Objects.requireNonNull(hash, "hash");
    if (!stored && events != 0) {
      throw new IllegalArgumentException("an article already stored stores no events");
    }
    if (merged < 0 || merged > events) {
      throw new IllegalArgumentException("merged must be within 0-" + events + ", was " + merged);
    }
  }

  public static StoreResult stored(long articleId, ContentHash hash, int events) {
    return stored(articleId, hash, events, 0);
  }

  public static StoreResult stored(long articleId, ContentHash hash, int events, int merged) {
    return new StoreResult(articleId, hash, events, merged, true);
  }

  public static StoreResult alreadyStored(long articleId, ContentHash hash) {
    return new StoreResult(articleId, hash, 0, 0, false);
  }
}
