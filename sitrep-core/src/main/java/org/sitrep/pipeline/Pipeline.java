package org.sitrep.pipeline;

import org.sitrep.model.Article;

/**
 * The whole extraction, article in, events out: annotate, extract mentions, code them (actors,
 * places, dates, types), merge mentions of one event. Thread-safe: one instance serves all threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.loadDefault();
 * ExtractionResult result = pipeline.extract(article);
 * }</pre>
 */
public final class Pipeline {
  private Pipeline() {}

  /** Loads the bundled models and data; takes seconds, so load once and share. */
  public static Pipeline loadDefault() {
    throw new UnsupportedOperationException("the pipeline is being wired");
  }

  public ExtractionResult extract(Article article) {
    throw new UnsupportedOperationException("the pipeline is being wired");
  }
}
