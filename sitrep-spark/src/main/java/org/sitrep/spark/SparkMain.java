package org.sitrep.spark;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
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

  /** The usage line, printed after the one line that names a mistake in the arguments. */
  static final String USAGE = "usage: SparkMain --out DIR [--published YYYY-MM-DD] [--source NAME] "
      + "[--data-dir DIR] [--model FILE | --no-model] [--no-merge] "
      + "[--db jdbc:postgresql://HOST[:PORT]/DATABASE | --store] (INPUT... | (--stream DIR | "
      + "--kafka HOST:PORT[,HOST:PORT] --topic NAME) --checkpoint DIR [--once] "
      + "[--every SECONDS])";

  /**
   * A mistake in the arguments, named in one line ({@code "missing --out DIR"}); the user gets
   * that line and the usage, never a stack trace.
   */
  static final class Misuse extends Exception {
    private static final long serialVersionUID = 1L;

    Misuse(String problem) {
      super(problem, null, false, false);
    }
  }

  /** Exit codes as the command line's: 0 done, 2 a usage mistake or items that failed. */
  public static void main(String[] args) {
    Args a;
    try {
      a = Args.parse(args);
    } catch (Misuse e) {
      refuse(e, System.err);
      System.exit(2);
      return;
    }
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

  /** Says what is wrong with the arguments, then how they go. */
  static void refuse(Misuse e, PrintStream err) {
    err.println("sitrep: " + e.getMessage());
    err.println(USAGE);
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
   * The arguments, checked before Spark starts.
   *
   * @param stream where a streaming job's articles arrive; empty for the batch job over {@code
   *     inputs}
   */
  record Args(List<String> inputs, String out, Optional<LocalDate> published, String source,
      PipelineSettings pipeline, boolean merge, StoreSettings store,
      Optional<StreamInput> stream, String checkpoint, boolean once, long every) {
    /** @throws Misuse naming the first mistake found */
    static Args parse(String[] args) throws Misuse {
      List<String> inputs = new ArrayList<>();
      String out = null;
      Optional<LocalDate> published = Optional.empty();
      String source = "";
      SitrepConfig config = SitrepConfig.defaults();
      SitrepConfig.Typing typing = SitrepConfig.Typing.DEFAULT;
      List<Path> models = new ArrayList<>();
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
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--out" -> out = value(args, ++i, option, "DIR");
          case "--published" -> published = Optional.of(date(value(args, ++i, option,
              "YYYY-MM-DD")));
          case "--source" -> source = value(args, ++i, option, "NAME").trim();
          case "--data-dir" -> config = new SitrepConfig(path(value(args, ++i, option, "DIR"),
              option));
          case "--model" -> {
            models.add(path(value(args, ++i, option, "FILE"), option));
            typing = SitrepConfig.Typing.models(models);
          }
          case "--no-model" -> {
            models.clear();
            typing = SitrepConfig.Typing.RULES_ONLY;
          }
          case "--no-merge" -> merge = false;
          case "--store" -> store = true;
          case "--db" -> db = Optional.of(value(args, ++i, option, "jdbc:postgresql://HOST/DB"));
          case "--stream" -> dir = value(args, ++i, option, "DIR");
          case "--kafka" -> kafka = value(args, ++i, option, "HOST:PORT");
          case "--topic" -> topic = value(args, ++i, option, "NAME");
          case "--checkpoint" -> checkpoint = value(args, ++i, option, "DIR");
          case "--once" -> {
            once = true;
            streamTiming = true;
          }
          case "--every" -> {
            every = seconds(value(args, ++i, option, "SECONDS"));
            streamTiming = true;
          }
          default -> {
            if (option.startsWith("--")) {
              throw new Misuse("unknown option " + option);
            }
            inputs.add(option);
          }
        }
      }
      if (out == null) {
        throw new Misuse("missing --out DIR");
      }
      Optional<StreamInput> stream = stream(dir, kafka, topic);
      boolean streaming = stream.isPresent();
      if (streaming && (checkpoint == null || !inputs.isEmpty())) {
        throw new Misuse((dir != null ? "--stream DIR" : "--kafka HOST:PORT")
            + " takes --checkpoint DIR and no INPUT");
      }
      if (!streaming && inputs.isEmpty()) {
        throw new Misuse(
            "name the INPUT files or folders, or --stream DIR, or --kafka HOST:PORT --topic NAME");
      }
      if (!streaming && checkpoint != null) {
        throw new Misuse("--checkpoint DIR goes with --stream DIR or --kafka HOST:PORT");
      }
      if (!streaming && streamTiming) {
        throw new Misuse("--once and --every go with --stream DIR or --kafka HOST:PORT");
      }
      StoreSettings storing = store || db.isPresent()
          ? StoreSettings.of(config.dataDir(), db) : StoreSettings.NONE;
      return new Args(inputs, out, published, source,
          PipelineSettings.of(config.withTyping(typing)), merge, storing, stream,
          streaming ? checkpoint : "", once, every);
    }

    /** The stream that {@code --stream} or {@code --kafka} and {@code --topic} name, if any. */
    private static Optional<StreamInput> stream(String dir, String kafka, String topic)
        throws Misuse {
      if (topic != null && kafka == null) {
        throw new Misuse("--topic NAME goes with --kafka HOST:PORT");
      }
      if (dir != null && kafka != null) {
        throw new Misuse("give --stream DIR or --kafka HOST:PORT, not both");
      }
      if (dir != null) {
        return Optional.of(new StreamInput.Folder(dir));
      }
      if (kafka == null) {
        return Optional.empty();
      }
      if (topic == null) {
        throw new Misuse("--kafka HOST:PORT takes --topic NAME");
      }
      if (!KafkaServers.valid(kafka)) {
        throw new Misuse("--kafka " + kafka
            + ": expected HOST:PORT, or several joined by commas");
      }
      return Optional.of(new StreamInput.Kafka(kafka, topic));
    }

    /** The value after {@code option}, which {@code what} names in the usage. */
    private static String value(String[] args, int i, String option, String what)
        throws Misuse {
      if (i >= args.length) {
        throw new Misuse("missing " + what + " after " + option);
      }
      return args[i];
    }

    private static LocalDate date(String text) throws Misuse {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new Misuse("--published " + text + ": expected a date as YYYY-MM-DD");
      }
    }

    private static long seconds(String text) throws Misuse {
      long seconds;
      try {
        seconds = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new Misuse("--every " + text + ": expected a whole number of seconds");
      }
      if (seconds < 1) {
        throw new Misuse("--every " + text + ": expected at least 1 second");
      }
      return seconds;
    }

    private static Path path(String text, String option) throws Misuse {
      try {
        return Path.of(text);
      } catch (InvalidPathException e) {
        throw new Misuse(option + " " + text + ": not a path: " + e.getReason());
      }
    }
  }
}
