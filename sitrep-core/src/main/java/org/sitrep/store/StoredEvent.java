package org.sitrep.store;

import java.util.Objects;
import org.sitrep.model.Event;

/**
 * An event as the store keeps it: the coded event, as extraction made it and people corrected it,
 * with the store's ids.
 *
 * @param id the store's id of the event; unlike {@link Event#eventId()} it is unique in the store
 * @param articleId the store's id of the article that first reported it
 * @param rejected a person marked it not an event ({@link EventReview})
 */
public record StoredEvent(long id, long articleId, Event event, boolean rejected) {
  public StoredEvent {
    Objects.requireNonNull(event, "event");
  }

  /** An event nobody rejected. */
  public StoredEvent(long id, long articleId, Event event) {
    this(id, articleId, event, false);
  }
}
