package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.sitrep.eval.ArticleFilter;
import org.sitrep.eval.ArticleGoldReader;
import org.sitrep.eval.ArticleGoldSet;
import org.sitrep.eval.ArticleReport;
import org.sitrep.eval.ArticleReportText;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.SavedEventReader;
import org.sitrep.eval.SystemEvent;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.ingest.InputProblem;
import org.sitrep.pipeline.Pipeline;
import java.io.InputStream;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval articles}: runs the pipeline in process on real articles, each with its own
 * publication date, and scores its events against hand-coded gold as {@code
 * shared/eval/articles/score.py} does (the same pairing, figures and JSON). With {@code
 * --sys-output} it scores saved events instead, which is how it is checked against score.py.
 */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Score extraction on news articles against hand-coded gold, as score.py does.")
final class ArticlesEvalCommand implements Callable<Integer> {
  /** Where the project keeps the articles gold set: beside the repository, never inside it. */
  static final String DEFAULT_DIR = "../shared/eval/articles";

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "Gold folder: articles.jsonl, gold.jsonl, texts/ID.txt (default: "
              + DEFAULT_DIR
              + " beside the repository).")
  Optional<Path> dir = Optional.empty();

  @Option(names = "--json", description = "Print one JSON object, score.py's final line.")
  boolean json;

  @Option(
      names = "--plain",
      description = "Pair on type, place and date only, not on the evidence sentences.")
  boolean plain;

  @Option(
      names = "--articles",
      paramLabel = "PREFIXES",
      description =
          "Only articles whose id starts with one of these (comma-separated; !P excludes).")
  Optional<String> articles = Optional.empty();

  @Option(
      names = "--pages",
      description = "Read each article that names its saved web page (source_page) from the page,"
          + " with the date the page gives, instead of from its text and gold date.")
  boolean pages;

  @Option(
      names = "--sys-output",
      paramLabel = "FILE",
      description = "Score these saved events (JSON lines) instead of running the pipeline.")
  Optional<Path> sysOutput = Optional.empty();

  @Option(
      names = "--save-sys",
      paramLabel = "FILE",
      description = "Also write the system events that were scored to FILE (JSON lines).")
  Optional<Path> saveSys = Optional.empty();

  @Option(
      names = "--details",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "List each pair, miss and spurious event after the table (default: on).")
  boolean details = true;

  @Mixin ThreadsOption threadsOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int threads = threadsOption.count(spec);
    Optional<Path> folder = dir.or(() -> RepositoryRoot.beside(DEFAULT_DIR));
    if (folder.isEmpty()) {
      return ErrorReport.fail(spec, DEFAULT_DIR + ": not found beside the repository; pass DIR");
    }
    ArticleGoldSet gold;
    try {
      gold = new ArticleGoldReader().read(folder.get());
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    if (articles.isPresent()) {
      gold = gold.select(ArticleFilter.parse(articles.get()));
      if (gold.articles().isEmpty()) {
        return ErrorReport.fail(spec, "--articles " + articles.get() + ": no article id starts so");
      }
    }
    SystemRun run;
    try {
      run = sysOutput.isPresent() ? saved(sysOutput.get()) : extract(gold, threads);
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    if (saveSys.isPresent()) {
      try {
        Files.write(saveSys.get(), run.jsonLines(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return ErrorReport.fail(spec, saveSys.get() + ": cannot write: " + reason(e));
      }
    }
    ArticleReport report = ArticleReport.of(gold, run.events(), !plain);
    ArticleReport.Run label =
        new ArticleReport.Run(
            run.system(), articles.filter(a -> !a.isEmpty()), run.seconds(), run.failed());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson(label));
    } else {
      String where = gold.dir().toAbsolutePath().normalize().toString();
      out.print(ArticleReportText.render(report, label, where, details));
    }
    out.flush();
    return run.status();
  }

  /**
   * The events scored and where they came from.
   *
   * @param jsonLines the events as JSON lines, for --save-sys
   * @param status the exit code: 0, or that of the worst article that failed
   */
  private record SystemRun(
      List<SystemEvent> events,
      List<String> jsonLines,
      String system,
      OptionalDouble seconds,
      List<String> failed,
      int status) {}

  private static SystemRun saved(Path file) throws InputProblem {
    List<JsonNode> records = new SavedEventReader().read(file);
    return new SystemRun(
        records.stream().map(SystemEvent::fromJson).toList(),
        records.stream().map(JsonNode::toString).toList(),
        file.toString(),
        OptionalDouble.empty(),
        List.of(),
        0);
  }

  /** Runs the pipeline on every article; a bad article is reported in one line and skipped. */
  private SystemRun extract(ArticleGoldSet gold, int threads)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<Batch.Input> jobs = new ArrayList<>();
    Map<String, String> goldIds = new HashMap<>();
    for (GoldArticle a : gold.articles()) {
      Optional<Path> page = pages ? gold.pageFile(a) : Optional.empty();
      String input = page.orElse(gold.textFile(a)).toString();
      // A page is read as a user's page would be: its own date, not the gold's.
      Optional<LocalDate> published = page.isPresent() ? Optional.empty() : Optional.of(a.published());
      jobs.add(new Batch.Input(input,
          new ReadOptions(published, "", InputStream.nullInputStream())));
      goldIds.put(input, a.id());
    }
    Pipeline pipeline = Pipeline.load(dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec)));
    List<Batch.Outcome<ExtractionResult>> outcomes = new ArrayList<>();
    new Batch<ExtractionResult>(Main.articleReader(), pipeline::extract, threads, true)
        .run(jobs, outcomes::add);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<SystemEvent> events = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    boolean bug = false;
    PrintWriter err = spec.commandLine().getErr();
    for (Batch.Outcome<ExtractionResult> o : outcomes) {
      if (o instanceof Batch.Done<ExtractionResult> e) {
        String id = goldIds.get(e.input());
        e.result().events().forEach(ev -> events.add(SystemEvent.of(ev).inArticle(id)));
      } else if (o instanceof Batch.Failed<ExtractionResult> f) {
        err.println("sitrep: " + f.message());
        failed.add(f.input());
        bug |= f.bug();
      } else if (o instanceof Batch.Skipped<ExtractionResult> s) {
        err.println("sitrep: " + s.why());
        failed.add(s.input());
      }
    }
    err.flush();
    // A bug outranks a bad file: exit 1, else 2 when any article could not be read.
    int status = bug ? ErrorReport.BUG : failed.isEmpty() ? 0 : ErrorReport.USAGE;
    return new SystemRun(
        events,
        jsonLines(outcomes),
        "sitrep " + SitrepVersion.version() + " (in process)",
        OptionalDouble.of(seconds),
        failed,
        status);
  }

  /** The events as {@code sitrep extract --format jsonl} writes them. */
  private static List<String> jsonLines(List<Batch.Outcome<ExtractionResult>> outcomes)
      throws IOException {
    StringWriter text = new StringWriter();
    EventWriter writer = OutputFormat.JSONL.open(text, false);
    for (Batch.Outcome<ExtractionResult> o : outcomes) {
      if (o instanceof Batch.Done<ExtractionResult> e) {
        writer.write(e.input(), e.result());
      }
    }
    writer.finish();
    return text.toString().lines().toList();
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage();
  }
}
