package org.sitrep.spark;

import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;

/**
 * The work a task does on one read article: extraction, unless the text is far longer than any
 * news report. CoreNLP holds a sentence whole while it tags it, and a record of megabytes in one
 * line (a dump of a database field, a minified page) is one sentence of a million tokens: it
 * would take an executor's heap and, with it, every task on that executor. Such an article is an
 * error of its own, named with its length.
 *
 * @param result the extraction; empty when the text was too long
 * @param characters the article's length, for the error
 */
record TaskWork(Optional<ExtractionResult> result, int characters) {
  /** The limit {@code extract} keeps too ({@link Batch#MAX_CHARACTERS}). */
  static final int MAX_CHARACTERS = Batch.MAX_CHARACTERS;

  static TaskWork of(Pipeline pipeline, Article article) {
    int length = article.text().length();
    if (length > MAX_CHARACTERS) {
      return new TaskWork(Optional.empty(), length);
    }
    return new TaskWork(Optional.of(pipeline.extract(article)), length);
  }
}
