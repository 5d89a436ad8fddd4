package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.place.PlaceContext;
import org.sitrep.place.PlaceRanker;
import org.sitrep.place.ScoredPlace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer lookup NAME}: the places a name may refer to, ranked as the pipeline
 * ranks them, with the reasons for each score.
 */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Rank the places a name may refer to, as extraction does, with the reasons.",
    footer = {
      "",
      "A name that matches no place prints one line (with --json, an empty array) and exits 0.",
      "",
      "Exit codes: 0 success, also when nothing matches; 1 internal error; 2 usage, such as an"
          + " unknown --country or --near place."
    })
final class GazetteerLookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Option(
      names = "--country",
      paramLabel = "COUNTRY",
      description = "The story's country: ISO code (LB, LBN) or English name (Lebanon).")
  Optional<String> country = Optional.empty();

  @Option(
      names = "--near",
      paramLabel = "PLACE",
      description = "A place named nearby; candidates close to its best reading score higher.")
  Optional<String> near = Optional.empty();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N candidates (default: 10).")
  int limit = 10;

  @Option(names = "--json", description = "Print a JSON array of the candidates.")
  boolean json;

  @Parameters(
      arity = "1..*",
      paramLabel = "NAME",
      description = "The place name (several words are joined with spaces).")
  List<String> name;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit: must be at least 1, was " + limit);
    }
    PlaceRanker ranker = Pipeline.placeRanker(dataDir.config());
    PlaceContext context = PlaceContext.inCountry(country.map(c -> CountryArgument.iso3(c, ranker)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--country: '" + c
            + "' is not a country the gazetteer knows; give an ISO code (LB, LBN) or an English"
            + " name (Lebanon)"))));
    if (near.isPresent()) {
      Place place = ranker.best(near.get(), context).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "--near: no place named '" + near.get() + "' in the gazetteer"));
      context = context.near(List.of(place));
    }
    String phrase = String.join(" ", name);
    List<ScoredPlace> ranked = ranker.rank(phrase, context);
    ranked = ranked.subList(0, Math.min(limit, ranked.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      LookupOutput.json(ranked, out);
    } else if (ranked.isEmpty()) {
      out.println("no place named '" + phrase + "' in the gazetteer");
    } else {
      LookupOutput.text(ranked, out);
    }
    out.flush();
    return 0;
  }
}
