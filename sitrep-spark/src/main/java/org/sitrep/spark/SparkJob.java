package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The batch job: reads every input into its items, spreads the items over the cluster, extracts
 * each with the one pipeline of its executor ({@link Pipelines}), and writes under {@code out}:
 *
 * <ul>
 *   <li>{@code jsonl/}: the events, one JSON object per line, exactly as {@code sitrep extract
 *       --format jsonl} writes them;
 *   <li>{@code parquet/}: the same events typed ({@link EventSchema}), evidence nested;
 *   <li>{@code errors/}: one JSON object per item not extracted ({@code id}, {@code input},
 *       {@code status} "failed", "skipped" or "bug", {@code reason});
 *   <li>{@code merged/}: the events with the reports of one event across articles joined
 *       ({@link MergeStage}), unless turned off.
 * </ul>
 *
 * <p>With {@link Options#store}, each task also keeps every article it extracted, with its events,
 * in the event store ({@link Sinks}, {@link ArticleTask}).
 *
 * <pre>{@code
 * SparkJob.Summary s = SparkJob.run(spark, new SparkJob.Options(List.of("crawl.warc.gz"),
 *     "out", ReadSettings.of(Optional.empty(), ""), PipelineSettings.of(config), true));
 * }</pre>
 */
public final class SparkJob {
  /** The folders a run writes under its output folder. */
  public static final List<String> OUTPUTS = List.of("jsonl", "parquet", "errors", "merged");

  /**
   * Extraction tasks per core: small tasks, so that at the end of a stage no core waits idle while
   * another works through a long task alone.
   */
  private static final int TASKS_PER_CORE = 16;

  /**
   * @param inputs files, folders or Hadoop paths, as {@code extract} takes them
   * @param out the output folder; must not hold outputs of an earlier run
   * @param merge whether to write {@code merged/}
   * @param store where each task also stores its articles with their events ({@link Sinks});
   *     {@link StoreSettings#NONE} for nowhere
   */
  public record Options(List<String> inputs, String out, ReadSettings read,
      PipelineSettings pipeline, boolean merge, StoreSettings store) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(read, "read");
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(store, "store");
    }

    /** Options that store nothing. */
    public Options(List<String> inputs, String out, ReadSettings read, PipelineSettings pipeline,
        boolean merge) {
      this(inputs, out, read, pipeline, merge, StoreSettings.NONE);
    }
  }

  /**
   * What the run did, counted per item.
   *
   * @param articles items read and extracted (with or without events)
   * @param skipped articles in another language than English
   * @param failed items that could not be read
   * @param bugs items whose extraction threw
   * @param merged records in {@code merged/} (0 when not merged)
   * @param stored articles the store took in this run (0 when not storing)
   * @param alreadyStored articles whose text the store held before: nothing of them was written
   */
  public record Summary(long articles, long events, long skipped, long failed, long bugs,
      long merged, long stored, long alreadyStored) {
    public long errors() {
      return skipped + failed + bugs;
    }

    Summary withMerged(long records) {
      return new Summary(articles, events, skipped, failed, bugs, records, stored, alreadyStored);
    }
  }

  private SparkJob() {}

  public static Summary run(SparkSession spark, Options options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    refuseOldOutput(jsc, options.out());
    List<String> inputs = InputListing.expand(options.inputs(), jsc.hadoopConfiguration());
    ReadSettings read = options.read();
    int readers = Math.max(1, Math.min(inputs.size(), jsc.defaultParallelism() * 8));
    JavaRDD<RawItem> items = jsc.parallelize(inputs, readers)
        .flatMap(input -> ItemReading.items(input, read));
    return write(spark, items, options.pipeline(), options.store(), options.out(),
        options.merge(), SaveMode.ErrorIfExists, "");
  }

  /**
   * Extracts the items and writes the outputs under {@code out}, each in its folder plus {@code
   * part}; the streaming job calls this for each micro-batch with its own {@code part},
   * overwriting what a replayed batch wrote before.
   */
  static Summary write(SparkSession spark, JavaRDD<RawItem> items, PipelineSettings pipeline,
      StoreSettings store, String out, boolean merge, SaveMode mode, String part) {
    // Extraction is the cost of the job: every output below reads it from here.
    JavaRDD<Row> rows = extract(items, pipeline, store).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // One job extracts every article, on all the small tasks it was spread over (see
      // TASKS_PER_CORE), and counts them as it goes. Counted afterwards by a query over the
      // cached rows, as before, the counts and the merge's undated blocks each took a job of as
      // many tasks again, which on a small run cost more than the writing.
      RunCounts counts = rows.map(RunCounts::of).fold(RunCounts.NONE, RunCounts::plus);
      // Writing needs no such spread: one task per core writes fewer, larger files, and the
      // many small tasks' start-up would be most of the outputs' time.
      int cores = JavaSparkContext.fromSparkContext(spark.sparkContext()).defaultParallelism();
      Dataset<Row> extracted = spark.createDataFrame(rows, ArticleTask.SCHEMA).coalesce(cores);
      Dataset<String> lines = extracted.where(col("status").equalTo(ArticleTask.DONE))
          .select(explode(col("events"))).as(Encoders.STRING());
      // Each job keeps its own count: none is read back by its place in the list.
      AtomicLong merged = new AtomicLong();
      SideBySide.run(List.of(
          () -> lines.write().mode(mode).text(out + "/jsonl" + part),
          () -> spark.read().schema(EventSchema.EVENT).json(lines).write().mode(mode)
              .parquet(out + "/parquet" + part),
          () -> extracted.where(col("status").notEqual(ArticleTask.DONE))
              .select("id", "input", "status", "reason").write().mode(mode)
              .json(out + "/errors" + part),
          () -> {
            if (merge) {
              merged.set(MergeStage.write(spark, extracted, counts.undated(),
                  out + "/merged" + part));
            }
          }));
      return counts.summary().withMerged(merged.get());
    } finally {
      rows.unpersist();
    }
  }

  private static JavaRDD<Row> extract(JavaRDD<RawItem> items, PipelineSettings pipeline,
      StoreSettings store) {
    int cores = JavaSparkContext.fromSparkContext(items.context()).defaultParallelism();
    // One crawl file is read by one task; its articles are extracted by all.
    return items.repartition(cores * TASKS_PER_CORE)
        .map(item -> ArticleTask.process(item, pipeline, store));
  }

  /** A second run into one folder would mix two runs' parts; say so before any work. */
  private static void refuseOldOutput(JavaSparkContext jsc, String out) {
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(out);
      FileSystem fs = root.getFileSystem(jsc.hadoopConfiguration());
      for (String part : OUTPUTS) {
        if (fs.exists(new org.apache.hadoop.fs.Path(root, part))) {
          throw new IllegalArgumentException(out + "/" + part
              + " exists: give another --out, or remove the outputs of the earlier run");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot check the output folder: " + e.getMessage(),
          e);
    }
  }
}
