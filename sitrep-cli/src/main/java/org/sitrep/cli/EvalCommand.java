package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval DATASET}: measures extraction against human coding. Each dataset is a
 * subcommand with its own options; this command only turns away a dataset it does not know.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Measure extraction against human coding (DATASET: acled, articles, geo, html, merge, types).",
    subcommands = {AcledEvalCommand.class, ArticlesEvalCommand.class, GeoEvalCommand.class,
        HtmlEvalCommand.class, MergeEvalCommand.class, TypesEvalCommand.class})
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // Picocli takes a known dataset as its subcommand; anything left lands here.
  @Parameters(arity = "0..*", paramLabel = "DATASET", description = "acled, articles, geo, html, merge or types.")
  List<String> unknown = new ArrayList<>();

  @Override
  public Integer call() {
    throw Subcommands.refuse(spec, unknown, "a dataset");
  }
}
