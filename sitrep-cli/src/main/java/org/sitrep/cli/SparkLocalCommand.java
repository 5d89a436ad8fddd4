package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep spark-local}: the Spark job in local mode on this machine, for a user without a
 * cluster. Its fields are plain values, and Spark is reached only through {@link SparkRun} from
 * {@link #call}: picocli reads every command's fields at start-up, and {@code sitrep extract} must
 * not load Spark's classes.
 */
@Command(
    name = "spark-local",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Run the Spark job in local mode: the events of the inputs as extract writes them, under"
          + " DIR/jsonl/ (JSON Lines) and DIR/parquet/, the items not extracted under DIR/errors/,"
          + " and the reports of one event across articles merged under DIR/merged/.",
      "With --store (or --db) every article is also kept with its events in the event store, as"
          + " ingest keeps it; a text stored before is not stored again, so a rerun or a retried"
          + " task stores nothing twice. On a cluster, use --db (docs/scale.md)."
    })
final class SparkLocalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Mixin ThreadsOption threads;

  @Mixin DbOption db;

  @Mixin ReportOptions report;

  @Option(
      names = "--store",
      description = "Also keep every article with its events in the event store, as ingest does"
          + " (the embedded server in DATA_DIR/store, or the server of --db, which implies"
          + " --store); a text stored before is not stored again.")
  boolean store;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write jsonl/, parquet/, errors/ and merged/.")
  Path out;

  @Option(names = "--no-merge", description = "Do not write merged/.")
  boolean noMerge;

  @Option(
      names = "--stream",
      paramLabel = "DIR",
      description = "Instead of INPUTs, extract the files that arrive in DIR (move them in whole) "
          + "until Ctrl-C; needs --checkpoint.")
  String stream;

  @Option(
      names = "--kafka",
      paramLabel = "HOST:PORT[,HOST:PORT]",
      description = "Instead of INPUTs, extract the messages of the Kafka topic of --topic at "
          + "these brokers until Ctrl-C, from the earliest on the first run: each message one "
          + "article as one line of a JSON Lines input; needs --checkpoint.")
  String kafka;

  @Option(names = "--topic", paramLabel = "NAME", description = "With --kafka: the topic.")
  String topic;

  @Option(
      names = "--checkpoint",
      paramLabel = "DIR",
      description = "With --stream or --kafka: where the stream keeps its progress; give the "
          + "same on a restart, and no file or message is lost or extracted twice.")
  String checkpoint;

  @Option(
      names = "--once",
      description = "With --stream or --kafka: take the files or messages there now, then stop.")
  boolean once;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      description = "With --stream or --kafka: how often to look for more (default 10).")
  long every = 10;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Files or folders of news as extract reads them (text, web pages, JSON Lines, "
          + "WARC, CSV, feeds, gzipped or not), or Hadoop paths (file:, hdfs://, s3a://).")
  List<String> inputs = List.of();

  @Override
  public Integer call() throws Exception {
    int cores = threads.count(spec);
    if (topic != null && kafka == null) {
      return ErrorReport.fail(spec, "--topic NAME goes with --kafka HOST:PORT");
    }
    if (stream != null || kafka != null) {
      return stream(cores);
    }
    if (inputs.isEmpty()) {
      return ErrorReport.fail(spec,
          "name the INPUT files or folders, or --stream DIR, or --kafka HOST:PORT --topic NAME");
    }
    for (String part : org.sitrep.spark.SparkJob.OUTPUTS) {
      if (Files.exists(out.resolve(part))) {
        return ErrorReport.fail(spec, out.resolve(part)
            + " exists: give another --out, or remove the outputs of the earlier run");
      }
    }
    SitrepConfig config = dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec));
    SparkRun.Counts counts;
    try {
      counts = SparkRun.local(cores, inputs, out.toString(), Optional.ofNullable(report.published),
          report.source.trim(), config, !noMerge, storing(config), db.db);
    } catch (StoreException e) {
      return ErrorReport.fail(spec, e.getMessage());
    }
    spec.commandLine().getErr().println("sitrep: " + counts.line(out.toString()));
    return counts.failed() > 0 ? ErrorReport.USAGE : 0;
  }

  private int stream(int cores) throws Exception {
    if (stream != null && kafka != null) {
      return ErrorReport.fail(spec, "give --stream DIR or --kafka HOST:PORT, not both");
    }
    String from = stream != null ? "--stream DIR" : "--kafka HOST:PORT";
    if (checkpoint == null || !inputs.isEmpty()) {
      return ErrorReport.fail(spec, from + " takes --checkpoint DIR and no INPUT");
    }
    if (kafka != null && topic == null) {
      return ErrorReport.fail(spec, "--kafka HOST:PORT takes --topic NAME");
    }
    if (kafka != null && !org.sitrep.spark.KafkaServers.valid(kafka)) {
      return ErrorReport.fail(spec, "--kafka " + kafka
          + ": expected HOST:PORT, or several joined by commas");
    }
    ErrorReport.requireAtLeast(spec, "--every", (int) Math.min(every, Integer.MAX_VALUE), 1);
    SitrepConfig config = dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec));
    spec.commandLine().getErr().println("sitrep: extracting "
        + (stream != null ? "the files that arrive in " + stream
            : "the messages of topic " + topic + " at " + kafka)
        + (once ? "" : "; Ctrl-C stops"));
    Optional<LocalDate> published = Optional.ofNullable(report.published);
    try {
      if (stream != null) {
        SparkRun.streamFolder(cores, stream, checkpoint, out.toString(), published,
            report.source.trim(), config, once, every, storing(config), db.db);
      } else {
        SparkRun.streamKafka(cores, kafka, topic, checkpoint, out.toString(), published,
            report.source.trim(), config, once, every, storing(config), db.db);
      }
    } catch (StoreException | org.sitrep.spark.SourceUnavailable e) {
      return ErrorReport.fail(spec, e.getMessage());
    }
    return 0;
  }

  /** The data directory whose store takes the articles, as ingest's; empty for no storing. */
  private Optional<Path> storing(SitrepConfig config) {
    return store || db.db.isPresent() ? Optional.of(config.dataDir()) : Optional.empty();
  }
}
