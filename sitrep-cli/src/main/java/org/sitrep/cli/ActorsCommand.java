package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep actors ACTION}: looks phrases up in the actor knowledge base and checks actor
 * tables. Each action is a subcommand; this command only turns away an action it does not know.
 */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Look up and check the actor knowledge base (ACTION: lookup, check).",
    subcommands = {ActorsLookupCommand.class, ActorsCheckCommand.class})
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Picocli takes a known action as its subcommand; anything left lands here.
  @Parameters(arity = "0..*", paramLabel = "ACTION", description = "lookup or check.")
  List<String> unknown = new ArrayList<>();

  @Override
  public Integer call() {
    throw Subcommands.refuse(spec, unknown, "an action");
  }
}
