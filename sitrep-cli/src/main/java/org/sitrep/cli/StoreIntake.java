package org.sitrep.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.SourceItem;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.ArticleIntake;
import org.sitrep.store.ContentHash;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventSink;
import org.sitrep.store.IntakeException;
import org.sitrep.store.IntakeResult;
import org.sitrep.store.StoreResult;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;

/**
 * {@code serve}'s {@link ArticleIntake}: one posted article through the steps of {@code ingest}
 * ({@link Batch#process}: read, language check, extraction; a text stored before is not
 * extracted again) into the same store. The pipeline is loaded on the first article that needs
 * it, not when the server starts: CoreNLP takes ten seconds and more to load, and a server used
 * only to read should not pay that, nor hold its memory.
 */
final class StoreIntake implements ArticleIntake {
  private final EventSink sink;
  private final EventQuery query;
  private final Supplier<Pipeline> load;
  private final Batch<Optional<ExtractionResult>> batch;
  private volatile Pipeline pipeline;

  StoreIntake(EventSink sink, EventQuery query, Supplier<Pipeline> load) {
    this.sink = sink;
    this.query = query;
    this.load = load;
    // One article a call, on the request's thread: the pool of the batch loop is not used.
    this.batch = new Batch<>(Main.articleReader(), this::extractIfNew, 1, true);
  }

  @Override
  public IntakeResult take(ArticleInput input) {
    Batch.Outcome<Optional<ExtractionResult>> outcome =
        batch.process(input.id(), new SourceItem.Found(input));
    if (outcome instanceof Batch.Failed<Optional<ExtractionResult>> failed) {
      throw new IntakeException(failed.bug() ? IntakeException.Reason.FAILED
          : IntakeException.Reason.UNREADABLE, failed.message());
    }
    if (outcome instanceof Batch.Skipped<Optional<ExtractionResult>> skipped) {
      throw new IntakeException(IntakeException.Reason.NOT_ENGLISH, skipped.why());
    }
    Batch.Done<Optional<ExtractionResult>> done =
        (Batch.Done<Optional<ExtractionResult>>) outcome;
    Article article = done.article();
    if (done.result().isEmpty()) {
      return existing(article);
    }
    StoreResult stored = sink.store(article, done.result().get().events());
    return new IntakeResult(stored.articleId(), stored.stored(), ids(stored.articleId()),
        query.mergedInto(stored.articleId()));
  }

  /** Empty for a text already in the store, as {@code ingest} does: nothing to extract. */
  private Optional<ExtractionResult> extractIfNew(Article article) {
    if (query.article(ContentHash.of(article)).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(pipeline().extract(article));
  }

  private IntakeResult existing(Article article) {
    StoredArticle before = query.article(ContentHash.of(article)).orElseThrow(
        () -> new IllegalStateException(article.id() + ": stored, then gone"));
    return new IntakeResult(before.id(), false, ids(before.id()), query.mergedInto(before.id()));
  }

  private List<Long> ids(long articleId) {
    return query.eventsOf(articleId).stream().map(StoredEvent::id).toList();
  }

  /** Loaded once, by the first caller; the others wait for it. */
  private Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = load.get();
          pipeline = p;
        }
      }
    }
    return p;
  }
}
