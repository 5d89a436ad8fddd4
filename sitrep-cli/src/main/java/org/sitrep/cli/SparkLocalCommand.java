package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.SitrepConfig;
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
      "Run the Spark job in local mode: the events of the inputs as extract writes them, under",
      "DIR/jsonl/ (JSON Lines) and DIR/parquet/, the items not extracted under DIR/errors/, and",
      "the reports of one event across articles merged under DIR/merged/."
    })
final class SparkLocalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Mixin ThreadsOption threads;

  @Mixin ReportOptions report;

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
      names = "--checkpoint",
      paramLabel = "DIR",
      description = "With --stream: where the stream keeps its progress; give the same on a "
          + "restart, and no file is lost or extracted twice.")
  String checkpoint;

  @Option(names = "--once", description = "With --stream: take the files there now, then stop.")
  boolean once;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      description = "With --stream: how often to look for new files (default 10).")
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
    if (stream != null) {
      return stream(cores);
    }
    if (inputs.isEmpty()) {
      return ErrorReport.fail(spec, "name the INPUT files or folders, or --stream DIR");
    }
    for (String part : org.sitrep.spark.SparkJob.OUTPUTS) {
      if (Files.exists(out.resolve(part))) {
        return ErrorReport.fail(spec, out.resolve(part)
            + " exists: give another --out, or remove the outputs of the earlier run");
      }
    }
    SitrepConfig config = dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec));
    SparkRun.Counts counts = SparkRun.local(cores, inputs, out.toString(),
        Optional.ofNullable(report.published), report.source.trim(), config, !noMerge);
    spec.commandLine().getErr().println("sitrep: " + counts.line(out.toString()));
    return counts.failed() > 0 ? ErrorReport.USAGE : 0;
  }

  private int stream(int cores) throws Exception {
    if (checkpoint == null || !inputs.isEmpty()) {
      return ErrorReport.fail(spec, "--stream DIR takes --checkpoint DIR and no INPUT");
    }
    ErrorReport.requireAtLeast(spec, "--every", (int) Math.min(every, Integer.MAX_VALUE), 1);
    SitrepConfig config = dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec));
    spec.commandLine().getErr().println("sitrep: extracting the files that arrive in " + stream
        + (once ? "" : "; Ctrl-C stops"));
    SparkRun.stream(cores, stream, checkpoint, out.toString(),
        Optional.ofNullable(report.published), report.source.trim(), config, once, every);
    return 0;
  }
}
