package org.sitrep.store;

import org.sitrep.ingest.ArticleInput;

/**
 * Takes one article from outside (the REST API's {@code POST /api/articles}) the way {@code sitrep
 * ingest} takes one from a file: reads it, checks its language, extracts its events and stores
 * them through the {@link EventSink}, all or nothing. The same text is stored once ({@link
 * ContentHash}): taking it again stores nothing and answers the article stored before.
 *
 * <p>Design decision: the port takes the raw {@link ArticleInput}, not an {@code Article}, so that
 * the web layer needs neither the readers nor the pipeline; whoever implements it wires those
 * (the CLI's {@code serve} does, loading the pipeline on the first article). Implementations are
 * safe for use by many threads.
 *
 * <pre>{@code
 * IntakeResult r = intake.take(new ArticleInput("report", bytes, Optional.empty(), ""));
 * if (r.stored()) { ... r.events() ... }
 * }</pre>
 */
public interface ArticleIntake {
  /**
   * Reads, extracts and stores one article.
   *
   * @throws IntakeException when the article cannot be read, is not in English, or extraction
   *     failed on it; nothing of it was stored
   * @throws StoreException when the store failed; nothing of it was stored
   */
  IntakeResult take(ArticleInput input);
}
