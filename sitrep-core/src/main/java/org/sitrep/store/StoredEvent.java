package org.sitrep.store;

import java.util.Objects;
import org.sitrep.model.Event;

/**
 * An event as the store keeps it: the coded event, as extraction made it, with the store's ids.
 *
 * @param id the store's id of the event; unlike {@link Event#eventId()} it is unique in the store
 * @param articleId the store's id of the article that first reported the event
 */
public record StoredEvent(long id, long articleId, Event event) {
  public StoredEvent {
    Objects.requireNonNull(event, "event");
  }
}
