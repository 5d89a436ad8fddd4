package org.sitrep.store;

import java.util.Optional;

/**
 * A person's review of a stored event: correcting its values, or marking it not an event. Each
 * correction is one transaction that changes the event and adds one entry to its history ("corrected",
 * or "rejected" when it marks the event not an event) with the old and new values, who and why.
 *
 * <pre>{@code
 * review.correct(42, correction, "anna", "the article says three dead, not thirty");
 * }</pre>
 */
public interface EventReview {
  /**
   * Applies the correction to event {@code eventId}.
   *
   * @param by who made it (a person's name)
   * @param reason why, at most {@link Correction#MAX_REASON} characters
   * @return the event as it is now; empty when there is no such event
   * @throws InvalidCorrectionException when {@code by} or {@code reason} is missing, or the
   *     correction cannot apply to this event (a place needs a name and a position)
   * @throws StoreException when the store failed; nothing was changed
   */
  Optional<StoredEvent> correct(long eventId, Correction correction, String by, String reason);
}
