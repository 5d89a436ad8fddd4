package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The answer of a command that only groups subcommands ({@code eval}, {@code gazetteer},
 * {@code actors}) when none of them is named, or an unknown one is: picocli takes a known name
 * as the subcommand, so what reaches the group itself is always a mistake.
 */
final class Subcommands {
  private Subcommands() {}

  /**
   * Always throws: "name an action: lookup or check", or "X: unknown action; the ones supported
   * are lookup and check".
   *
   * @param kind what a subcommand is called, with its article ("an action", "a dataset")
   */
  static ParameterException refuse(CommandSpec spec, List<String> unknown, String kind) {
    List<String> names = new ArrayList<>(spec.subcommands().keySet());
    String noun = kind.substring(kind.indexOf(' ') + 1);
    if (unknown.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name " + kind + ": " + list(names, "or"));
    }
    throw new ParameterException(spec.commandLine(), unknown.get(0) + ": unknown " + noun
        + "; the ones supported are " + list(names, "and"));
  }

  private static String list(List<String> names, String last) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " " + last + " "
        + names.get(names.size() - 1);
  }
}
