package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep extract}: reads news reports of any kind Sitrep reads and writes their events to
 * stdout. A bad input is reported on stderr and skipped; the others are still processed, and the
 * exit code is 2. Articles in other languages are skipped with one line each (not a failure).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Extract ACLED-style events from news reports and write them to stdout.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Mixin ThreadsOption threads;

  @Mixin ReportOptions report;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatName.class,
      description = "jsonl (default), json, csv or text.")
  OutputFormat format = OutputFormat.JSONL;

  @Option(
      names = "--explain",
      description = "Also write the candidates that were not coded as events, and why.")
  boolean explain;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "News reports: text, web pages (.html), JSON Lines, WARC, ACLED-style CSV, "
          + "feeds (RSS, Atom, JSON Feed), any of them gzipped, or http(s) URLs; - reads "
          + "standard input.")
  List<String> files;

  /** Standard input; a field so that tests can give their own. */
  InputStream stdin = System.in;

  private Pipeline pipeline;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadOptions options = report.reading(stdin);
    int count = threads.count(spec);
    EventWriter writer = format.open(out, explain);
    Outcomes<ExtractionResult> outcomes = new Outcomes<>(err,
        (input, article, result) -> writer.write(article.id(), result));
    try {
      new Batch<ExtractionResult>(Main.articleReader(), article -> pipeline.extract(article),
          count, true).preparingWith(this::loadPipeline).run(files, options, outcomes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      // What was written stays whole: the JSON array is closed even when the output failed.
      writer.finish();
    }
    outcomes.languageSummary().ifPresent(err::println);
    return outcomes.status();
  }

  /** Loaded on the first readable input: a run with only bad inputs fails fast. */
  private void loadPipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.load(dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec)));
    }
  }
}
