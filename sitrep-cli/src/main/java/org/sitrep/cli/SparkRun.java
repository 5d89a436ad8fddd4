package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.spark.LocalSpark;
import org.sitrep.spark.PipelineSettings;
import org.sitrep.spark.Pipelines;
import org.sitrep.spark.ReadSettings;
import org.sitrep.spark.SparkJob;
import org.sitrep.spark.StreamJob;

/**
 * The commands' one door to Spark: the first class to name a Spark type, loaded only when a Spark
 * command runs.
 */
final class SparkRun {
  /** What a run did, in Sitrep's own types. */
  record Counts(long articles, long events, long skipped, long failed, long merged) {
    String line(String out) {
      return articles + " articles, " + events + " events" + (merged > 0 ? " (" + merged
          + " after merging reports across articles)" : "") + "; " + skipped
          + " not in English, " + failed + " not read or failed: see " + out + "/errors/";
    }
  }

  private SparkRun() {}

  /**
   * Runs the job on {@code cores} local task threads. The pipeline is loaded here first, on this
   * thread, so that a mistake in the user's actor table or model is its own one-line message
   * rather than a failed task; the tasks then share it.
   */
  static Counts local(int cores, List<String> inputs, String out, Optional<LocalDate> published,
      String source, SitrepConfig config, boolean merge) {
    PipelineSettings pipeline = PipelineSettings.of(config);
    Pipelines.get(pipeline);
    SparkSession spark = LocalSpark.start(cores);
    try {
      SparkJob.Summary s = SparkJob.run(spark, new SparkJob.Options(inputs, out,
          ReadSettings.of(published, source), pipeline, merge));
      return new Counts(s.articles(), s.events(), s.skipped(), s.failed() + s.bugs(), s.merged());
    } finally {
      spark.stop();
    }
  }

  /** Runs the streaming job until stopped (Ctrl-C ends the JVM), or over what is there now. */
  static void stream(int cores, String dir, String checkpoint, String out,
      Optional<LocalDate> published, String source, SitrepConfig config, boolean once,
      long everySeconds) throws TimeoutException, StreamingQueryException {
    PipelineSettings pipeline = PipelineSettings.of(config);
    Pipelines.get(pipeline);
    SparkSession spark = LocalSpark.start(cores);
    try {
      StreamJob.start(spark, new StreamJob.Options(dir, checkpoint, out,
          ReadSettings.of(published, source), pipeline), once, everySeconds).awaitTermination();
    } finally {
      spark.stop();
    }
  }
}
