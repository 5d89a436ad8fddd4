package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * Where extracted events are kept. One call stores one article with its events, all or nothing:
 * after a failure nothing of the article is stored, so a run can be stopped or fail between any
 * two articles and be run again.
 *
 * <p>Storing is idempotent by the article's {@link ContentHash}: when the same text is stored
 * again, by this process or by another at the same moment, the second call writes nothing and
 * returns a result whose {@code stored()} is false. Implementations are safe for use by many
 * threads.
 *
 * <p>An event that another article's stored event already tells ({@link
 * org.sitrep.merge.CrossReports}) is not stored twice: the report becomes a source of that event,
 * whose counts become those of all its reports ({@link org.sitrep.merge.MergedCounts}), and whose
 * history records the merge with the decision's score and reason. {@link StoreResult#merged()}
 * says how many of the article's events were merged so.
 *
 * <pre>{@code
 * StoreResult result = sink.store(article, extraction.events());
 * if (!result.stored()) { ... already there ... }
 * }</pre>
 */
public interface EventSink {
  /**
   * Stores the article and its events in one transaction.
   *
   * @throws StoreException when the store failed; nothing of the article was stored
   */
  StoreResult store(Article article, List<Event> events);
}
