package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.eval.geo.ArticleScore;
import org.sitrep.eval.geo.GeoCorpus;
import org.sitrep.eval.geo.GeoCorpusReader;
import org.sitrep.eval.geo.GeoEvaluation;
import org.sitrep.eval.geo.GeoReport;
import org.sitrep.eval.geo.NerToponymFinder;
import org.sitrep.eval.geo.ToponymFinder;
import org.sitrep.ingest.InputProblem;
import org.sitrep.internal.InOrder;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.place.ToponymResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval geo FILE}: scores toponym resolution on a geocoding gold corpus (GeoWebNews or
 * GeoVirus XML) with the Pragmatic Guide's figures. With {@code --gold-spans} the gold names are
 * resolved; without, Sitrep finds the names itself and detection is scored too.
 */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Score toponym resolution on GeoWebNews or GeoVirus XML.")
final class GeoEvalCommand implements Callable<Integer> {
  @Mixin DataDirOption dataDir;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "GeoWebNews (GWN.xml) or GeoVirus XML.")
  Path file;

  @Option(names = "--gold-spans", description = "Resolve the gold toponyms instead of finding them.")
  boolean goldSpans;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
  int limit = Integer.MAX_VALUE;

  @Mixin ThreadsOption threadsOption;

  @Option(
      names = "--worst",
      paramLabel = "N",
      description = "List the N largest errors after the table (default: 0).")
  int worst;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write every scored toponym, worst first, as tab-separated lines to FILE.")
  Optional<Path> errors = Optional.empty();

  @Override
  public Integer call() throws IOException, InterruptedException {
    ErrorReport.requireAtLeast(spec, "--limit", limit, 1);
    int threads = threadsOption.count(spec);
    ErrorReport.requireAtLeast(spec, "--worst", worst, 0);
    GeoCorpus corpus;
    try {
      corpus = GeoCorpusReader.read(file).first(limit);
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    ToponymResolver resolver = new ToponymResolver(Pipeline.placeRanker(dataDir.config()));
    GeoEvaluation evaluation = new GeoEvaluation(resolver);
    List<ArticleScore> scores;
    if (goldSpans) {
      scores = InOrder.map(corpus.articles(), threads, "sitrep-geo", evaluation::onGoldSpans);
    } else {
      ToponymFinder finder = 
          new NerToponymFinder(CoreNlpAnnotator.withoutParse(), resolver::namesWellKnownPlace);
      scores = InOrder.map(
          corpus.articles(), threads, "sitrep-geo", a -> evaluation.onDetected(a, finder));
    }
    GeoReport report = GeoReport.of(corpus.name(), scores, !goldSpans);
    if (errors.isPresent()) {
      List<String> lines = report.results().stream().map(GeoReport::errorLine).toList();
      try {
        Files.write(errors.get(), lines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return ErrorReport.fail(spec, errors.get() + ": cannot write: " + e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.toJson() + System.lineSeparator() : report.toText(worst));
    out.flush();
    return 0;
  }
}
