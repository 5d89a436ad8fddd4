package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer ACTION}: imports GeoNames dumps into the data directory's index, looks
 * names up in it and says which index is in use. Each action is a subcommand; this command only
 * turns away an action it does not know.
 */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Import, query and describe the gazetteer index (ACTION: import, lookup, info).",
    subcommands = {
      GazetteerImportCommand.class,
      GazetteerLookupCommand.class,
      GazetteerInfoCommand.class
    })
final class GazetteerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Picocli takes a known action as its subcommand; anything left lands here.
  @Parameters(arity = "0..*", paramLabel = "ACTION", description = "import, lookup or info.")
  List<String> unknown = new ArrayList<>();

  @Override
  public Integer call() {
    throw Subcommands.refuse(spec, unknown, "an action");
  }
}
