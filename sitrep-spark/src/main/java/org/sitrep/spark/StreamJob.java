package org.sitrep.spark;

import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The job over a stream: a folder that new files of news arrive in, or a Kafka topic of articles
 * ({@link StreamInput}), read with Structured Streaming, each micro-batch extracted as the batch
 * job extracts its inputs and written under {@code out} as {@code jsonl/batch=N/}, {@code
 * parquet/batch=N/} and {@code errors/batch=N/}.
 *
 * <p>Neither lost nor repeated across a restart: the checkpoint folder records what each batch
 * took (its files, or its offsets in each partition of the topic) and which batches finished, so
 * a restarted query goes on after what it has taken; a batch that was cut off is run again on the
 * same files or offsets and overwrites its own folders, so its articles are written once. Reports
 * are not merged across articles here: a stream has no end at which the merge is complete; run
 * the batch job over the outputs' inputs for that.
 */
public final class StreamJob {
  /**
   * @param input where the articles arrive
   * @param checkpoint where the query keeps its progress; the same folder on every restart
   * @param out where the outputs go
   * @param store where each micro-batch's articles are also stored ({@link Sinks}); {@link
   *     StoreSettings#NONE} for nowhere
   */
  public record Options(StreamInput input, String checkpoint, String out, ReadSettings read,
      PipelineSettings pipeline, StoreSettings store) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(checkpoint, "checkpoint");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(read, "read");
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(store, "store");
    }

    /** Options that store nothing. */
    public Options(StreamInput input, String checkpoint, String out, ReadSettings read,
        PipelineSettings pipeline) {
      this(input, checkpoint, out, read, pipeline, StoreSettings.NONE);
    }
  }

  private StreamJob() {}

  /**
   * Starts the query. With {@code once}, it takes what is there now (the files, or the messages up
   * to each partition's latest offset) and stops (await it); otherwise it looks for more every
   * {@code everySeconds} until stopped.
   *
   * @throws SourceUnavailable when the source cannot be read now (brokers out of reach, no topic)
   */
  public static StreamingQuery start(SparkSession spark, Options options, boolean once,
      long everySeconds) throws TimeoutException {
    StreamInput input = options.input();
    input.check();
    Dataset<Row> arriving = input.open(spark);
    ReadSettings read = options.read();
    PipelineSettings pipeline = options.pipeline();
    StoreSettings store = options.store();
    String out = options.out();
    VoidFunction2<Dataset<Row>, Long> batch = (arrived, id) -> {
      JavaRDD<RawItem> items = input.items(arrived, read);
      // A replayed batch stores its articles again: the store takes a text once, so nothing twice.
      SparkJob.write(arrived.sparkSession(), items, pipeline, store, out, false,
          SaveMode.Overwrite, "/batch=" + id);
    };
    return arriving.writeStream()
        .foreachBatch(batch)
        .option("checkpointLocation", options.checkpoint())
        .trigger(once ? Trigger.AvailableNow() : Trigger.ProcessingTime(everySeconds * 1000))
        .start();
  }
}
