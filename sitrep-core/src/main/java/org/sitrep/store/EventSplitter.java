package org.sitrep.store;

/**
 * Undoes a merge: a report that the store joined to an event of another article (see {@link
 * EventSink}) is made its own event again, when a person finds that the two reports told two
 * events. The store keeps each merged report as its article told it, so the new event has that
 * report's own date, type, actors, place, counts and evidence; the event it leaves gets its counts
 * recomputed from the reports that remain. Both events record the split in their history.
 *
 * <pre>{@code
 * long own = splitter.split(eventId, articleId, "anna", "two ambushes, a day apart");
 * }</pre>
 */
public interface EventSplitter {
  /**
   * Makes the report of article {@code articleId} that was merged into event {@code eventId} its
   * own event again, in one transaction.
   *
   * @param by who split it (a person's name), kept in both events' history
   * @param reason why, kept in both events' history
   * @return the store's id of the new event
   * @throws IllegalArgumentException when there is no such event, the article is not one of its
   *     reports, or it is the report the event was first made from (split the others off instead)
   * @throws StoreException when the store failed; nothing was changed
   */
  long split(long eventId, long articleId, String by, String reason);
}
