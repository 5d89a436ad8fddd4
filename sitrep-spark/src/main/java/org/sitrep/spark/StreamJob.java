package org.sitrep.spark;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.ingest.source.Sources;

/**
 * The job over a stream: a folder that new files of news (JSON Lines, WARC, pages, text; gzipped
 * or not) arrive in, read with Structured Streaming's file source, each micro-batch of new files
 * extracted as the batch job extracts its inputs and written under {@code out} as {@code
 * jsonl/batch=N/}, {@code parquet/batch=N/} and {@code errors/batch=N/}.
 *
 * <p>Neither lost nor repeated across a restart: the checkpoint folder records which files each
 * batch took and which batches finished, so a restarted query goes on with the files it has not
 * taken; a batch that was cut off is run again on the same files and overwrites its own folders,
 * so its articles are written once. A file must be complete when it appears in the folder: write
 * it elsewhere and move it in. Reports are not merged across articles here: a stream has no end
 * at which the merge is complete; run the batch job over the outputs' inputs for that.
 */
public final class StreamJob {
  /**
   * @param dir the folder new files arrive in (a Hadoop path or a local folder)
   * @param checkpoint where the query keeps its progress; the same folder on every restart
   * @param out where the outputs go
   * @param store where each micro-batch's articles are also stored ({@link Sinks}); {@link
   *     StoreSettings#NONE} for nowhere
   */
  public record Options(String dir, String checkpoint, String out, ReadSettings read,
      PipelineSettings pipeline, StoreSettings store) {
    public Options {
      Objects.requireNonNull(dir, "dir");
      Objects.requireNonNull(checkpoint, "checkpoint");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(read, "read");
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(store, "store");
    }

    /** Options that store nothing. */
    public Options(String dir, String checkpoint, String out, ReadSettings read,
        PipelineSettings pipeline) {
      this(dir, checkpoint, out, read, pipeline, StoreSettings.NONE);
    }
  }

  /** The binary file source's columns, which a stream must be told (it cannot look first). */
  private static final StructType BINARY_FILE = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("modificationTime", DataTypes.TimestampType, false)
      .add("length", DataTypes.LongType, false)
      .add("content", DataTypes.BinaryType, true);

  private StreamJob() {}

  /**
   * Starts the query. With {@code once}, it takes the files there now and stops (await it);
   * otherwise it looks for new files every {@code everySeconds} until stopped.
   */
  public static StreamingQuery start(SparkSession spark, Options options, boolean once,
      long everySeconds) throws TimeoutException {
    Dataset<Row> files = spark.readStream().format("binaryFile").schema(BINARY_FILE)
        .load(options.dir());
    ReadSettings read = options.read();
    PipelineSettings pipeline = options.pipeline();
    StoreSettings store = options.store();
    String out = options.out();
    VoidFunction2<Dataset<Row>, Long> batch = (newFiles, id) -> {
      JavaRDD<RawItem> items = newFiles.select("path", "content").javaRDD()
          .flatMap(row -> items(row.getString(0), (byte[]) row.get(1), read));
      // A replayed batch stores its articles again: the store takes a text once, so nothing twice.
      SparkJob.write(newFiles.sparkSession(), items, pipeline, store, out, false,
          SaveMode.Overwrite, "/batch=" + id);
    };
    return files.writeStream()
        .foreachBatch(batch)
        .option("checkpointLocation", options.checkpoint())
        .trigger(once ? Trigger.AvailableNow() : Trigger.ProcessingTime(everySeconds * 1000))
        .start();
  }

  private static Iterator<RawItem> items(String path, byte[] content, ReadSettings read) {
    return ItemReading.items(path,
        Sources.open(path, new ByteArrayInputStream(content), read.options()));
  }
}
