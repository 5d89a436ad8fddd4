package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --actors FILE} option: a user's own actor table, layered over the shipped ones. */
final class ActorsOption {
  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "Your own actor table (format: docs/actors.md), layered over the shipped ones;"
          + " its rows win. May be given more than once.")
  List<Path> tables = new ArrayList<>();
}
