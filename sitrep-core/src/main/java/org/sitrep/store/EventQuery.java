package org.sitrep.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads what an {@link EventSink} stored. Minimal for now: enough to check a store and to build
 * the REST API on; searches by date, place, actor and text come with that API.
 *
 * @throws StoreException from every method, when the store cannot be read
 */
public interface EventQuery {
  /** Articles stored. */
  long articleCount();

  /** Events stored. */
  long eventCount();

  /** The article stored with this text, if any. */
  Optional<StoredArticle> article(ContentHash hash);

  /** The events first reported by the article, in the order extraction gave them. */
  List<StoredEvent> eventsOf(long articleId);

  /**
   * The ids of the events other articles reported first that this article's reports were merged
   * into (it is one of their sources), oldest first; empty for an unknown article.
   */
  List<Long> mergedInto(long articleId);

  /** The event with the store's id {@code id}, if any. */
  Optional<StoredEvent> event(long id);

  /**
   * What happened to the event, oldest first: created, merged with other articles' reports, split;
   * empty when there is no such event.
   */
  List<HistoryEntry> history(long eventId);

  /** The article with the store's id {@code id}, if any. */
  Optional<StoredArticle> article(long id);

  /** The articles that reported the event, first reported first; empty for an unknown event. */
  List<StoredArticle> sourcesOf(long eventId);

  /**
   * One page of the events that pass the filter, each with its evidence, in the filter's order,
   * and how many pass in all.
   */
  Page<StoredEvent> search(EventFilter filter);

  /**
   * Every event that passes the filter, each with its evidence as {@link #search} gives it, in
   * the filter's order, its offset and limit ignored: what an export writes. All are read in one
   * snapshot, so an event stored or corrected meanwhile is neither skipped nor given twice, and
   * they are read as {@code each} takes them, not gathered first, so that memory stays flat
   * however many there are. A store that fails before the first event leaves {@code each}
   * uncalled.
   *
   * @throws IOException what {@code each} threw; the read stops there
   */
  void each(EventFilter filter, EventConsumer each) throws IOException;
}
