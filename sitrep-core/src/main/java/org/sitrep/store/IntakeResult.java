package org.sitrep.store;

import java.util.List;

/**
 * What {@link ArticleIntake#take} did with one article.
 *
 * @param articleId the store's id of the article, new or stored before
 * @param stored false when the same text was stored before and nothing was written
 * @param events the store's ids of the events the article first reported, in extraction's order
 * @param merged the store's ids of events that other articles reported first, which this article's
 *     reports joined as a source
 */
public record IntakeResult(long articleId, boolean stored, List<Long> events, List<Long> merged) {
  public IntakeResult {
    events = List.copyOf(events);
    merged = List.copyOf(merged);
  }
}
