package org.sitrep.cli;

import java.nio.file.Path;
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
import org.sitrep.spark.Sinks;
import org.sitrep.spark.SparkJob;
import org.sitrep.spark.StoreSettings;
import org.sitrep.spark.StreamInput;
import org.sitrep.spark.StreamJob;

/**
 * The commands' one door to Spark: the first class to name a Spark type, loaded only when a Spark
 * command runs.
 */
final class SparkRun {
  /** What a run did, in Sitrep's own types. */
  record Counts(long articles, long events, long skipped, long failed, long merged,
      boolean storing, long stored, long alreadyStored) {
    String line(String out) {
      return articles + " articles, " + events + " events" + (merged > 0 ? " (" + merged
          + " after merging reports across articles)" : "") + "; " + skipped
          + " not in English, " + failed + " not read or failed: see " + out + "/errors/"
          + (storing ? "; " + stored + " articles stored, " + alreadyStored + " stored before"
              : "");
    }
  }

  private SparkRun() {}

  /**
   * Runs the job on {@code cores} local task threads. The pipeline is loaded here first, on this
   * thread, so that a mistake in the user's actor table or model is its own one-line message
   * rather than a failed task; the tasks then share it. So is the store before it, when storing: a
   * store in use or a server out of reach is one line before any work. The store is closed when
   * the job is done (this JVM is the executor).
   *
   * @param storeDir the data directory whose store takes the articles; empty for no storing
   * @param db the server of {@code --db} instead of the embedded store
   * @throws org.sitrep.store.StoreException when the store cannot be opened
   */
  static Counts local(int cores, List<String> inputs, String out, Optional<LocalDate> published,
      String source, SitrepConfig config, boolean merge, Optional<Path> storeDir,
      Optional<String> db) {
    PipelineSettings pipeline = PipelineSettings.of(config);
    try {
      // The store first, as ingest opens it: a store in use fails at once, not after the load.
      StoreSettings store = store(storeDir, db);
      Pipelines.get(pipeline);
      SparkSession spark = LocalSpark.start(cores);
      try {
        SparkJob.Summary s = SparkJob.run(spark, new SparkJob.Options(inputs, out,
            ReadSettings.of(published, source), pipeline, merge, store));
        return new Counts(s.articles(), s.events(), s.skipped(), s.failed() + s.bugs(),
            s.merged(), store.on(), s.stored(), s.alreadyStored());
      } finally {
        spark.stop();
      }
    } finally {
      Sinks.closeAll();
    }
  }

  /** Opened here first, when storing, so that a store that cannot open is one line. */
  private static StoreSettings store(Optional<Path> storeDir, Optional<String> db) {
    if (storeDir.isEmpty()) {
      return StoreSettings.NONE;
    }
    StoreSettings store = StoreSettings.of(storeDir.get(), db);
    Sinks.get(store);
    return store;
  }

  /**
   * Runs the streaming job over the files that arrive in {@code dir} until stopped (Ctrl-C ends
   * the JVM), or over what is there now.
   */
  static void streamFolder(int cores, String dir, String checkpoint, String out,
      Optional<LocalDate> published, String source, SitrepConfig config, boolean once,
      long everySeconds, Optional<Path> storeDir, Optional<String> db)
      throws TimeoutException, StreamingQueryException {
    stream(cores, new StreamInput.Folder(dir), checkpoint, out, published, source, config, once,
        everySeconds, storeDir, db);
  }

  /**
   * Runs the streaming job over the messages of a Kafka topic until stopped, or over those there
   * now.
   *
   * @param servers the brokers, {@code HOST:PORT[,HOST:PORT…]}
   */
  static void streamKafka(int cores, String servers, String topic, String checkpoint, String out,
      Optional<LocalDate> published, String source, SitrepConfig config, boolean once,
      long everySeconds, Optional<Path> storeDir, Optional<String> db)
      throws TimeoutException, StreamingQueryException {
    stream(cores, new StreamInput.Kafka(servers, topic), checkpoint, out, published, source,
        config, once, everySeconds, storeDir, db);
  }

  private static void stream(int cores, StreamInput input, String checkpoint, String out,
      Optional<LocalDate> published, String source, SitrepConfig config, boolean once,
      long everySeconds, Optional<Path> storeDir, Optional<String> db)
      throws TimeoutException, StreamingQueryException {
    PipelineSettings pipeline = PipelineSettings.of(config);
    try {
      // The store first, as ingest opens it: a store in use fails at once, not after the load.
      StoreSettings store = store(storeDir, db);
      Pipelines.get(pipeline);
      SparkSession spark = LocalSpark.start(cores);
      try {
        StreamJob.start(spark, new StreamJob.Options(input, checkpoint, out,
            ReadSettings.of(published, source), pipeline, store), once, everySeconds)
            .awaitTermination();
      } finally {
        spark.stop();
      }
    } finally {
      // Ctrl-C ends the JVM instead: the store's own shutdown hook stops its server.
      Sinks.closeAll();
    }
  }
}
