package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.html.HtmlEvalReport;
import org.sitrep.eval.html.HtmlEvaluation;
import org.sitrep.eval.html.HtmlGoldPage;
import org.sitrep.eval.html.HtmlGoldSet;
import org.sitrep.eval.html.HtmlPageResult;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.ingest.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval html DIR}: scores the web-page reader against pages whose article body,
 * headline and date a person marked: main-text precision, recall and F1 by 4-token shingles (the
 * scrapinghub article-extraction-benchmark's measure), title and date accuracy, and speed.
 */
@Command(
    name = "html",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Score main-text extraction from web pages: shingle precision, recall and F1 (as the"
          + " scrapinghub article-extraction-benchmark), title and date accuracy, pages/s.",
      "DIR: NAME.html or NAME.html.gz, each with NAME.json (articleBody; headline,"
          + " datePublished and url where known)."
    })
final class HtmlEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The gold pages.")
  Path dir;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--per-page",
      description = "Also list each page's precision, recall and F1, worst first.")
  boolean perPage;

  @Override
  public Integer call() throws Exception {
    List<HtmlGoldPage> gold;
    HtmlEvalReport report;
    try {
      gold = HtmlGoldSet.read(dir);
      report = new HtmlEvaluation(new ArticleReaders()).run(gold);
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(report));
    } else {
      text(out, report);
    }
    out.flush();
    return 0;
  }

  private String json(HtmlEvalReport report) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("n", report.pages().size());
    node.put("f1", round(report.f1()));
    node.put("precision", round(report.precision()));
    node.put("recall", round(report.recall()));
    node.put("title_accuracy", round(report.titleAccuracy()));
    node.put("date_accuracy", round(report.dateAccuracy()));
    node.put("pages_per_second", Math.round(report.pagesPerSecond() * 10) / 10.0);
    node.putPOJO("failures", report.failures());
    if (perPage) {
      var pages = node.putArray("pages");
      for (HtmlPageResult page : worstFirst(report)) {
        pages.addObject().put("name", page.name())
            .put("precision", round(page.score().precision()))
            .put("recall", round(page.score().recall()));
      }
    }
    return mapper.writeValueAsString(node);
  }

  private void text(PrintWriter out, HtmlEvalReport report) {
    out.println(dir + " (main text by 4-token shingles, averaged over pages;"
        + " pages/s on one thread after a warm-up pass)");
    out.println("  pages  precision  recall     F1  title  date  failures  pages/s");
    out.println(String.format(Locale.ROOT, "  %5d  %9.3f  %6.3f  %5.3f  %5.3f  %4.3f  %8d  %7.1f",
        report.pages().size(), report.precision(), report.recall(), report.f1(),
        report.titleAccuracy(), report.dateAccuracy(), report.failures().size(),
        report.pagesPerSecond()));
    report.pages().stream().filter(p -> p.failure().isPresent())
        .forEach(p -> out.println("  failed: " + p.failure().get()));
    if (perPage) {
      out.println("  precision  recall     F1  title  date  page");
      for (HtmlPageResult page : worstFirst(report)) {
        out.println(String.format(Locale.ROOT, "  %9.3f  %6.3f  %5.3f  %5s  %4s  %s",
            page.score().precision(), page.score().recall(), page.f1(),
            mark(page.titleRight().orElse(null)), mark(page.dateRight().orElse(null)),
            page.name()));
      }
    }
  }

  private static List<HtmlPageResult> worstFirst(HtmlEvalReport report) {
    return report.pages().stream().sorted(Comparator.comparingDouble(HtmlPageResult::f1)).toList();
  }

  private static String mark(Boolean right) {
    return right == null ? "-" : right ? "yes" : "no";
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
