package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreResult;
import org.sitrep.store.postgres.PostgresStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: extracts the events of news reports and keeps them, with the reports, in
 * the event store. Each article is stored with its events in one transaction; a text stored before
 * is not extracted again. A bad input or an article the store refuses is one line on stderr, the
 * others go on, and the exit code is 2. Ctrl-C stops between two articles.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Extract the events of news reports and keep them in the event store.")
final class IngestCommand implements Callable<Integer> {
  /** The exit code of a run stopped by Ctrl-C, as the shell reports one. */
  static final int INTERRUPTED = 130;

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Mixin ThreadsOption threads;

  @Mixin DbOption db;

  @Mixin ReportOptions report;

  @Option(names = "--no-progress", description = "Do not show progress on stderr.")
  boolean noProgress;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR|URL|-",
      description = "News reports, as for extract; a folder means every file in it and below.")
  List<String> inputs;

  /** Standard input; a field so that tests can give their own. */
  InputStream stdin = System.in;

  private PostgresStore store;
  private Pipeline pipeline;

  @Override
  public Integer call() {
    int count = threads.count(spec);
    // Held until the closing line is out: a Ctrl-C waits for the run to stop and say so.
    InterruptGuard guard = InterruptGuard.install();
    try {
      return run(guard, count);
    } finally {
      guard.close();
    }
  }

  private int run(InterruptGuard guard, int count) {
    PrintWriter err = spec.commandLine().getErr();
    ReadOptions options = report.reading(stdin);
    IngestTally tally = new IngestTally(
        new StatusLine(err, System.console() != null, System::nanoTime), !noProgress);
    Outcomes<Optional<ExtractionResult>> outcomes = new Outcomes<>(err,
        (input, article, result) -> {
          if (guard.interrupted()) {
            throw new InterruptedIOException("interrupted");
          }
          keep(article, result, tally, err);
        });
    boolean interrupted = false;
    try {
      new Batch<Optional<ExtractionResult>>(Main.articleReader(), this::extractIfNew, count, true)
          .preparingWith(this::open)
          .run(InputFiles.expand(inputs), options, outcome -> {
            if (!(outcome instanceof Batch.Done)) {
              tally.other(outcome instanceof Batch.Failed);
            }
            outcomes.accept(outcome);
          });
    } catch (InterruptedException | InterruptedIOException e) {
      interrupted = true;
    } catch (StoreException e) {
      tally.finish();
      err.println("sitrep: " + e.getMessage());
      return ErrorReport.USAGE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (store != null) {
        store.close();
      }
    }
    tally.finish();
    outcomes.languageSummary().ifPresent(err::println);
    // A run that read nothing has said all in its failure lines: a missing file is one line.
    if (store != null || interrupted) {
      err.println("sitrep: " + tally.closingLine() + (interrupted ? "; interrupted" : ""));
    }
    if (interrupted) {
      return INTERRUPTED;
    }
    return outcomes.status() != 0 ? outcomes.status()
        : tally.failed() > 0 ? ErrorReport.USAGE : 0;
  }

  /** Empty for a text already in the store: nothing to extract, nothing to store. */
  private Optional<ExtractionResult> extractIfNew(Article article) {
    try {
      if (store.article(ContentHash.of(article)).isPresent()) {
        return Optional.empty();
      }
    } catch (StoreException e) {
      // Not a bug in the article: storing it will fail too, and say why in one line.
    }
    return Optional.of(pipeline.extract(article));
  }

  private void keep(Article article, Optional<ExtractionResult> result, IngestTally tally,
      PrintWriter err) {
    if (result.isEmpty()) {
      tally.alreadyStored();
      return;
    }
    StoreResult stored;
    try {
      stored = store.store(article, result.get().events());
    } catch (StoreException e) {
      // One article the store refused; the next may be fine. Nothing of this one was written.
      tally.other(true);
      err.println("sitrep: " + e.getMessage());
      return;
    }
    if (stored.stored()) {
      tally.stored(stored.events(), stored.merged());
    } else {
      tally.alreadyStored();
    }
  }

  /** On the first readable input: the store first, so that a store in use fails at once. */
  private void open() {
    if (store == null) {
      store = db.open(dataDir.config().dataDir());
    }
    if (pipeline == null) {
      pipeline = Pipeline.load(dataDir.config().withActorTables(actors.tables)
          .withTyping(model.typing(spec)));
    }
  }
}
