package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.PlainTextReader;
import org.sitrep.internal.InOrder;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.LabelledTexts;
import org.sitrep.typing.SubEventTyper;
import org.sitrep.typing.TypeGuess;
import org.sitrep.typing.TypeLabel;
import org.sitrep.typing.TypeScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval types FILE}: scores sub-event typing of coded passages: by the typer alone
 * on each whole passage (the default), or by the whole pipeline, whose first event's type is the
 * passage's (none: "not an event").
 */
@Command(
    name = "types",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Score sub-event typing on coded passages: accuracy, macro and weighted F1, per type,"
          + " and a confusion table.",
      "FILE: ACLED-style CSV (notes, sub_event_type), JSON Lines (text, sub_event_type), or"
          + " tab-separated (text<TAB>sub_event_type, or CASE 2021's id<TAB>EventSnippet<TAB>SubType)."
    })
final class TypesEvalCommand implements Callable<Integer> {
  enum By { typer, pipeline }

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ModelOption modelOption;

  @Mixin ThreadsOption threadsOption;

  @Parameters(paramLabel = "FILE", description = "Coded passages.")
  Path file;

  @Option(names = "--by", paramLabel = "WHAT",
      description = "typer (default): the typer on each passage; pipeline: the whole extraction.")
  By by = By.typer;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--rows", paramLabel = "FILE",
      description = "Also write each passage's gold type and guess (by the typer: its three"
          + " likeliest types) as JSON lines to FILE.")
  Optional<Path> rowsFile = Optional.empty();

  /** What was guessed for one passage; {@code top} is empty when the pipeline guessed. */
  private record Guess(TypeLabel label, List<TypeGuess.Scored> top) {}

  @Override
  public Integer call() throws Exception {
    int threads = threadsOption.count(spec);
    SitrepConfig.Typing typing = modelOption.typing(spec);
    if (by == By.typer && modelOption.noModel) {
      return ErrorReport.fail(spec, "--no-model: the typer needs a model; use --by pipeline"
          + " to score the rules alone");
    }
    Optional<String> unwritable = rowsFile.flatMap(f -> OutputFile.problem(f, "the rows file"));
    if (unwritable.isPresent()) {
      return ErrorReport.fail(spec, "--rows: " + unwritable.get());
    }
    LabelledTexts.Read read;
    try {
      read = LabelledTexts.read(List.of(file));
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    read.skipped().forEach(s -> err.println("sitrep: " + s));
    List<LabelledText> texts = read.texts();
    List<Guess> guesses =
        by == By.typer ? byTyper(texts, typing) : byPipeline(texts, typing, threads);
    TypeScores scores = new TypeScores();
    for (int i = 0; i < texts.size(); i++) {
      scores.add(texts.get(i).label(), guesses.get(i).label());
    }
    if (rowsFile.isPresent()) {
      writeRows(rowsFile.get(), texts, guesses);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      out.println(mapper.writeValueAsString(TypeReport.json(mapper, scores)));
    } else {
      out.println(file + " (" + by + (modelOption.noModel ? ", rules alone" : "") + ")");
      TypeReport.text(out, scores);
    }
    out.flush();
    return 0;
  }

  private List<Guess> byTyper(List<LabelledText> texts, SitrepConfig.Typing typing) {
    SubEventTyper typer = Pipeline.typer(typing).orElseThrow();
    List<String> passages = texts.stream().map(LabelledText::text).toList();
    return typer.guess(passages).stream().map(g -> new Guess(g.best().label(), g.top(3))).toList();
  }

  private static void writeRows(Path file, List<LabelledText> texts, List<Guess> guesses)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      LabelledText t = texts.get(i);
      ObjectNode n = JsonNodeFactory.instance.objectNode();
      n.put("origin", t.origin());
      n.put("text", t.text());
      n.put("gold", t.label().label());
      n.put("guess", guesses.get(i).label().label());
      ArrayNode top = n.putArray("top");
      for (TypeGuess.Scored s : guesses.get(i).top()) {
        top.addObject().put("type", s.label().label())
            .put("probability", Math.round(s.probability() * 1000) / 1000.0);
      }
      lines.add(n.toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private List<Guess> byPipeline(List<LabelledText> texts, SitrepConfig.Typing typing,
      int threads) throws Exception {
    SitrepConfig config = dataDir.config().withTyping(typing);
    Pipeline pipeline = Pipeline.load(config);
    PlainTextReader reader = new PlainTextReader();
    return InOrder.map(texts, threads, "sitrep-types", t -> {
      ArticleInput input = new ArticleInput(t.origin(), t.text().getBytes(StandardCharsets.UTF_8),
          Optional.empty(), "");
      List<Event> events = pipeline.extract(reader.read(input)).events();
      return events.stream().min(Comparator.comparingInt(e -> firstOffset(e)))
          .map(e -> new Guess(TypeLabel.of(e.subEventType()), List.of()))
          .orElse(new Guess(TypeLabel.NONE, List.of()));
    });
  }

  private static int firstOffset(Event e) {
    return e.evidence().stream().mapToInt(Evidence::start).min().orElse(Integer.MAX_VALUE);
  }
}
