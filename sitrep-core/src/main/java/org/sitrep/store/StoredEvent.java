package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Event;

/**
 * An event as the store keeps it: the coded event, as extraction made it and people corrected it,
 * with the store's ids.
 *
 * @param id the store's id of the event; unlike {@link Event#eventId()} it is unique in the store
 * @param articleId the store's id of the article that first reported it
 * @param rejected a person marked it not an event ({@link EventReview})
 * @param updatedAt when it last changed (created, merged, split, corrected, rejected), when the
 *     store keeps that; the change feed ({@link EventFilter#updatedSince}) is ordered by it
 */
public record StoredEvent(long id, long articleId, Event event, boolean rejected,
    Optional<Instant> updatedAt) {
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** An event without the time of its last change. */
  public StoredEvent(long id, long articleId, Event event, boolean rejected) {
    this(id, articleId, event, rejected, Optional.empty());
  }

  /** An event nobody rejected. */
  public StoredEvent(long id, long articleId, Event event) {
    this(id, articleId, event, false);
  }
}
