package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.AcledGoldReader;
import org.sitrep.eval.EvaluationReport;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.RowScore;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval acled}: runs the pipeline on the {@code notes} of ACLED-coded events, each as
 * a tiny article published on the event's date, and scores the events against the coders' fields.
 */
@Command(
    name = "acled",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Score extraction against ACLED's coding of events, from their notes.")
final class AcledEvalCommand implements Callable<Integer> {
  /** Where the project keeps evaluation data: beside the repository, never inside it. */
  static final String DEFAULT_DIR = "../shared/eval/acled";

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "ACLED CSV files; " + DEFAULT_DIR + "/*.csv beside the repository when none.")
  List<String> files = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N rows.")
  int limit = Integer.MAX_VALUE;

  @Mixin ThreadsOption threadsOption;

  @Option(names = "--json", description = "Print one JSON object instead of Markdown.")
  boolean json;

  @Option(
      names = "--rows",
      paramLabel = "FILE",
      description = "Also write each row's gold and best event as JSON lines to FILE.")
  Optional<Path> rowsFile = Optional.empty();

  @Override
  public Integer call() throws Exception {
    ErrorReport.requireAtLeast(spec, "--limit", limit, 1);
    int threads = threadsOption.count(spec);
    Optional<String> unwritable = rowsFile.flatMap(f -> OutputFile.problem(f, "the rows file"));
    if (unwritable.isPresent()) {
      return ErrorReport.fail(spec, "--rows: " + unwritable.get());
    }
    List<Path> paths = files.isEmpty() ? defaultFiles() : files.stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      return ErrorReport.fail(spec, "no ACLED files given and none found in " + DEFAULT_DIR + "; pass FILE...");
    }
    List<GoldEvent> rows = new ArrayList<>();
    AcledGoldReader gold = new AcledGoldReader();
    try {
      for (Path path : paths) {
        rows.addAll(gold.read(path));
      }
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    rows = rows.subList(0, Math.min(limit, rows.size()));

    Pipeline pipeline = Pipeline.load(dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec)));
    ArticleReader reader = Main.articleReader();
    List<RowScore> scores =
        new EventEvaluation().scoreAll(rows, g -> extract(pipeline, reader, g), threads);
    if (rowsFile.isPresent()) {
      writeRows(rowsFile.get(), scores);
    }
    EvaluationReport report = EvaluationReport.of(scores);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? report.toJson() : report.toMarkdown());
    out.flush();
    return 0;
  }

  private static List<Event> extract(Pipeline pipeline, ArticleReader reader, GoldEvent gold)
      throws InputProblem {
    byte[] text = gold.notes().getBytes(StandardCharsets.UTF_8);
    ArticleInput input = new ArticleInput(gold.id(), text, Optional.of(gold.eventDate()), "");
    return pipeline.extract(reader.read(input)).events();
  }

  /** The CSV files in ../shared/eval/acled beside the repository this jar was built in. */
  static List<Path> defaultFiles() {
    Optional<Path> dir = RepositoryRoot.beside(DEFAULT_DIR);
    List<Path> csv = new ArrayList<>();
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return csv;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.get(), "*.csv")) {
      entries.forEach(csv::add);
    } catch (IOException e) {
      return List.of();
    }
    csv.sort(null);
    return csv;
  }

  private void writeRows(Path file, List<RowScore> scores) throws IOException {
    List<String> lines = new ArrayList<>();
    for (RowScore s : scores) {
      lines.add(rowJson(s).toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static ObjectNode rowJson(RowScore s) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    GoldEvent g = s.gold();
    n.put("id", g.id());
    n.put("notes", g.notes());
    n.put("events", s.events());
    s.error().ifPresent(e -> n.put("error", e));
    ObjectNode gold = n.putObject("gold");
    gold.put("event_date", g.eventDate().toString());
    gold.put("sub_event_type", g.subEventType());
    gold.put("event_type", g.eventType());
    gold.put("actor1", g.actor1());
    gold.put("inter1", g.inter1());
    gold.put("actor2", g.actor2());
    gold.put("location", g.location() + ", " + g.admin1() + ", " + g.country());
    gold.put("fatalities", g.fatalities());
    s.best()
        .ifPresent(
            e -> {
              ObjectNode b = n.putObject("best");
              b.put("event_date", e.eventDate().map(Object::toString).orElse(""));
              b.put("sub_event_type", e.subEventType().label());
              b.put("event_type", e.eventType().label());
              b.put("actor1", e.actor1().map(a -> a.name()).orElse(""));
              b.put("inter1", e.inter1());
              b.put("actor2", e.actor2().map(a -> a.name()).orElse(""));
              b.put(
                  "location",
                  e.place().map(p -> p.name() + ", " + p.admin1() + ", " + p.country()).orElse(""));
              s.distanceKm().ifPresent(d -> b.put("distance_km", Math.round(d * 10) / 10.0));
              b.put("fatalities", e.fatalities());
            });
    return n;
  }
}
