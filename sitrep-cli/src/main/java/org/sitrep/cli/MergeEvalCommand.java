package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.MergePair;
import org.sitrep.eval.MergePairs;
import org.sitrep.eval.MergeScores;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.PlainTextReader;
import org.sitrep.internal.InOrder;
import org.sitrep.merge.CrossReports;
import org.sitrep.merge.Decision;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval merge FILE}: scores cross-report merging on labelled pairs of reports. Each
 * report is read by the whole pipeline with its own publication date; a pair is predicted "same"
 * when any event of one report and any event of the other are one event by {@link
 * CrossReports#decide}. So the figures measure extraction and the decision together, as a store
 * merging the pipeline's events would see them.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Score cross-report merging on labelled pairs: precision and recall of \"same event\","
          + " F1, accuracy, and the pairs predicted wrong with the decision's reason.",
      "FILE: JSON Lines of {id, label (same|different), a: {text, published}, b: {text,"
          + " published}, note}, as gold/merge/pairs.jsonl."
    })
final class MergeEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ModelOption modelOption;

  @Mixin ThreadsOption threadsOption;

  @Parameters(paramLabel = "FILE", description = "Labelled pairs of reports.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  /** The best decision between a pair's events, or why there was none to make. */
  private record Verdict(boolean same, String reason) {}

  @Override
  public Integer call() throws Exception {
    int threads = threadsOption.count(spec);
    List<MergePair> pairs;
    try {
      pairs = MergePairs.read(file);
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    Pipeline pipeline = Pipeline.load(dataDir.config().withTyping(modelOption.typing(spec)));
    PlainTextReader reader = new PlainTextReader();
    List<Verdict> verdicts = InOrder.map(pairs, threads, "sitrep-merge", p -> verdict(
        events(pipeline, reader, p.id() + "/a", p.a()), events(pipeline, reader, p.id() + "/b", p.b())));
    MergeScores scores = new MergeScores();
    for (int i = 0; i < pairs.size(); i++) {
      scores.add(pairs.get(i), verdicts.get(i).same(), verdicts.get(i).reason());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(scores));
    } else {
      text(out, scores);
    }
    out.flush();
    return 0;
  }

  private static List<Event> events(Pipeline pipeline, PlainTextReader reader, String id,
      MergePair.Report report) throws InputProblem {
    ArticleInput input = new ArticleInput(id, report.text().getBytes(StandardCharsets.UTF_8),
        Optional.of(report.published()), "");
    return pipeline.extract(reader.read(input)).events();
  }

  /** "Same" when any two events are one; otherwise the closest pair's reason says why not. */
  private static Verdict verdict(List<Event> a, List<Event> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return new Verdict(false, "no event found in report " + (a.isEmpty() ? "a" : "b"));
    }
    Decision best = null;
    for (Event x : a) {
      for (Event y : b) {
        Decision d = CrossReports.decide(x, y);
        if (best == null || d.score() > best.score()) {
          best = d;
        }
      }
    }
    return new Verdict(best.same(), String.format(Locale.ROOT, "%.2f: %s", best.score(), best.reason()));
  }

  private static String json(MergeScores scores) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("n", scores.n());
    node.put("precision", round(scores.precision()));
    node.put("recall", round(scores.recall()));
    node.put("f1", round(scores.f1()));
    node.put("accuracy", round(scores.accuracy()));
    ArrayNode wrong = node.putArray("wrong");
    for (MergeScores.Wrong w : scores.wrong()) {
      wrong.addObject().put("id", w.id()).put("label", w.labelledSame() ? "same" : "different")
          .put("reason", w.reason());
    }
    return mapper.writeValueAsString(node);
  }

  private void text(PrintWriter out, MergeScores scores) {
    out.println(file + " (a pair is \"same\" when any event of one report is one with any of the other's)");
    out.println("  pairs  precision  recall     F1  accuracy");
    out.println(String.format(Locale.ROOT, "  %5d  %9.3f  %6.3f  %5.3f  %8.3f", scores.n(),
        scores.precision(), scores.recall(), scores.f1(), scores.accuracy()));
    List<MergeScores.Wrong> wrong = new ArrayList<>(scores.wrong());
    if (!wrong.isEmpty()) {
      out.println("  wrong (label: decision's score and reason):");
    }
    for (MergeScores.Wrong w : wrong) {
      out.println("  " + w.id() + " (" + (w.labelledSame() ? "same" : "different") + "): " + w.reason());
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
