package org.sitrep.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.store.StoreException;

/**
 * The job's entry point for {@code spark-submit} on a cluster (the master, executors and memory are
 * spark-submit's to set; docs/scale.md gives the line):
 *
 * <pre>
 * spark-submit --class org.sitrep.spark.SparkMain ... sitrep-spark.jar \
 *     --out hdfs:///sitrep/run-1 [--published YYYY-MM-DD] [--source NAME] [--data-dir DIR] \
 *     [--model FILE | --no-model] [--no-merge] [--db jdbc:postgresql://HOST/DB | --store] INPUT...
 * </pre>
 *
 * or, for the streaming job ({@link StreamJob}), instead of the inputs: {@code --stream DIR} or
 * {@code --kafka HOST:PORT[,HOST:PORT] --topic NAME}, with {@code --checkpoint DIR} and {@code
 * [--once] [--every SECONDS]}.
 *
 * {@code --db} stores every article with its events into that PostgreSQL server as well, from the
 * executors (each must reach it; user and password from the URL or the executors' {@code
 * SITREP_DB_USER}, {@code SITREP_DB_PASSWORD}); {@code --store} into the embedded store of the
 * data directory, which only a local master can share. The driver opens the store first, so
 * that a wrong URL or password ends the run before any work, and the schema is migrated once.
 *
 * On this machine {@code sitrep spark-local} runs the same job with extract's options.
 */
public final class SparkMain {
  private SparkMain() {}

  /** Exit codes as the command line's: 0 done, 2 a usage mistake or items that failed. */
  public static void main(String[] args) {
    Optional<Args> parsed = Args.parse(args);
    if (parsed.isEmpty()) {
      System.err.println("usage: SparkMain --out DIR [--published YYYY-MM-DD] [--source NAME] "
          + "[--data-dir DIR] [--model FILE | --no-model] [--no-merge] "
          + "[--db jdbc:postgresql://HOST[:PORT]/DATABASE | --store] (INPUT... | (--stream DIR | "
          + "--kafka HOST:PORT[,HOST:PORT] --topic NAME) --checkpoint DIR [--once] "
          + "[--every SECONDS])");
      System.exit(2);
    }
    Args a = parsed.get();
    SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
    if (a.store().embedded() && !spark.sparkContext().isLocal()) {
      spark.stop();
      System.err.println("sitrep: --store keeps the store in each executor's own data directory;"
          + " on a cluster give --db with a PostgreSQL server every executor can reach");
      System.exit(2);
    }
    if (a.stream().isPresent()) {
      System.exit(stream(spark, a));
    }
    SparkJob.Summary s;
    try {
      if (a.store().on()) {
        Sinks.get(a.store());
      }
      s = SparkJob.run(spark, new SparkJob.Options(a.inputs(), a.out(),
          ReadSettings.of(a.published(), a.source()), a.pipeline(), a.merge(), a.store()));
    } catch (StoreException e) {
      System.err.println("sitrep: " + e.getMessage());
      System.exit(2);
      return;
    } finally {
      spark.stop();
      Sinks.closeAll();
    }
    System.err.println("sitrep: " + s.articles() + " articles, " + s.events() + " events, "
        + s.merged() + " merged; " + s.skipped() + " not in English, " + (s.failed() + s.bugs())
        + " failed: see " + a.out() + "/errors/" + (a.store().on() ? "; " + s.stored()
            + " articles stored, " + s.alreadyStored() + " stored before" : ""));
    System.exit(s.failed() + s.bugs() > 0 ? 2 : 0);
  }

  /** Runs the streaming job until the driver is stopped, or over what is there now; exit code. */
  private static int stream(SparkSession spark, Args a) {
    try {
      if (a.store().on()) {
        Sinks.get(a.store());
      }
      System.err.println("sitrep: extracting " + a.stream().get().describe()
          + " into " + a.out());
      StreamJob.start(spark, new StreamJob.Options(a.stream().get(), a.checkpoint(), a.out(),
          ReadSettings.of(a.published(), a.source()), a.pipeline(), a.store()), a.once(),
          a.every()).awaitTermination();
      return 0;
    } catch (StoreException | SourceUnavailable e) {
      System.err.println("sitrep: " + e.getMessage());
      return 2;
    } catch (TimeoutException | StreamingQueryException e) {
      System.err.println("sitrep: the stream stopped: " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
      Sinks.closeAll();
    }
  }

  /**
   * The arguments; empty when they are wrong (the usage line says how).
   *
   * @param stream where a streaming job's articles arrive; empty for the batch job over {@code
   *     inputs}
   */
  record Args(List<String> inputs, String out, Optional<LocalDate> published, String source,
      PipelineSettings pipeline, boolean merge, StoreSettings store,
      Optional<StreamInput> stream, String checkpoint, boolean once, long every) {
    static Optional<Args> parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String out = null;
      Optional<LocalDate> published = Optional.empty();
      String source = "";
      SitrepConfig config = SitrepConfig.defaults();
      SitrepConfig.Typing typing = SitrepConfig.Typing.DEFAULT;
      boolean merge = true;
      boolean store = false;
      Optional<String> db = Optional.empty();
      String dir = null;
      String kafka = null;
      String topic = null;
      String checkpoint = null;
      boolean once = false;
      long every = 10;
      // --once and --every say how a stream runs: the batch job refuses them.
      boolean streamTiming = false;
      try {
        for (int i = 0; i < args.length; i++) {
          switch (args[i]) {
            case "--out" -> out = args[++i];
            case "--published" -> published = Optional.of(LocalDate.parse(args[++i]));
            case "--source" -> source = args[++i].trim();
            case "--data-dir" -> config = new SitrepConfig(Path.of(args[++i]));
            case "--model" -> typing = SitrepConfig.Typing.model(Path.of(args[++i]));
            case "--no-model" -> typing = SitrepConfig.Typing.RULES_ONLY;
            case "--no-merge" -> merge = false;
            case "--store" -> store = true;
            case "--db" -> db = Optional.of(args[++i]);
            case "--stream" -> dir = args[++i];
            case "--kafka" -> kafka = args[++i];
            case "--topic" -> topic = args[++i];
            case "--checkpoint" -> checkpoint = args[++i];
            case "--once" -> {
              once = true;
              streamTiming = true;
            }
            case "--every" -> {
              every = Long.parseLong(args[++i]);
              streamTiming = true;
            }
            default -> {
              if (args[i].startsWith("--")) {
                return Optional.empty();
              }
              inputs.add(args[i]);
            }
          }
        }
      } catch (ArrayIndexOutOfBoundsException | DateTimeParseException
          | NumberFormatException e) {
        return Optional.empty();
      }
      Optional<StreamInput> stream = Optional.empty();
      if (dir != null && kafka == null && topic == null) {
        stream = Optional.of(new StreamInput.Folder(dir));
      } else if (dir == null && kafka != null && topic != null && KafkaServers.valid(kafka)) {
        stream = Optional.of(new StreamInput.Kafka(kafka, topic));
      } else if (dir != null || kafka != null || topic != null) {
        return Optional.empty();
      }
      boolean streaming = stream.isPresent();
      if (out == null || inputs.isEmpty() == !streaming || streaming == (checkpoint == null)
          || every < 1 || (!streaming && streamTiming)) {
        return Optional.empty();
      }
      StoreSettings storing = store || db.isPresent()
          ? StoreSettings.of(config.dataDir(), db) : StoreSettings.NONE;
      return Optional.of(new Args(inputs, out, published, source,
          PipelineSettings.of(config.withTyping(typing)), merge, storing, stream,
          streaming ? checkpoint : "", once, every));
    }
  }
}
