package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to a stored event, as {@link EventQuery#history} lists them: what happened, when, on
 * whose account and why. The store writes them; nothing edits or removes one, so an event's
 * history says how it came to hold what it holds (which articles joined it, which were split off).
 *
 * @param kind "created", "merged", "split", "corrected" or "rejected" (by a person, {@link
 *     EventReview}), and later "updated", "reviewed", "deleted"
 * @param byArticle the store's id of the article the change came from, if one did: the article
 *     that first reported the event, or the one merged into it
 * @param by the person who made the change, else the rule ("extraction", "cross-reports"); empty
 *     when neither is known
 * @param details a JSON object with the change's particulars, e.g. a merge's {@code score} and
 *     {@code reason}, a split's {@code article_id} and {@code reason}
 */
public record HistoryEntry(
    String kind, Instant at, Optional<Long> byArticle, String by, String details) {
  public HistoryEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(byArticle, "byArticle");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(details, "details");
  }
}
