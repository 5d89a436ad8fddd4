package org.sitrep.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;

/**
 * One pipeline per executor JVM, loaded by the first task that needs it and shared by all task
 * threads after it. Loading takes seconds and gigabytes (CoreNLP's models), so a pipeline per task
 * or per partition would spend the job on loading; {@link Pipeline} is thread-safe, so sharing is
 * safe. This is the one static mutable field of Sitrep, and it has to be: Spark gives a task no
 * other handle on its JVM. A task waiting for the load blocks until it is done.
 */
public final class Pipelines {
  private static final ConcurrentMap<PipelineSettings, Pipeline> LOADED = new ConcurrentHashMap<>();

  private Pipelines() {}

  /** The pipeline of these settings in this JVM, loaded on first use. */
  public static Pipeline get(PipelineSettings settings) {
    return LOADED.computeIfAbsent(settings, s -> Pipeline.load(s.config()));
  }

  /**
   * The per-article step of {@code sitrep extract} over this JVM's pipeline: read, check the
   * language and the length ({@link Batch#MAX_CHARACTERS}), extract. English only, as
   * extraction is.
   */
  static Batch<ExtractionResult> batch(PipelineSettings settings) {
    Pipeline pipeline = get(settings);
    return new Batch<>(new ArticleReaders(), pipeline::extract, 1, true);
  }
}
