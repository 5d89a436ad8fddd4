package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep actors check [FILE...]}: validates actor tables, the shipped ones and the user's
 * layered over them, and lists every problem as FILE:LINE: problem.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Check actor tables: the shipped ones, and FILE layered over them as --actors"
        + " would layer it.",
    footer = {
      "",
      "Finds malformed rows, one alias naming two actors for the same stories and dates, unknown"
          + " CAMEO codes and countries, regimes beginning on the same day, parents that are not"
          + " actors, and descriptions the rules need but the tables lost.",
      "",
      "Exit codes: 0 no problem; 2 problems found (listed as FILE:LINE: problem); 1 internal"
          + " error."
    })
final class ActorsCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Your actor tables.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    ActorTables.Checked checked = ActorTables.check(files);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checked.problems().forEach(err::println);
    String tables = String.join(", ", checked.knowledgeBase().tables());
    if (checked.problems().isEmpty()) {
      out.println(tables + ": " + checked.knowledgeBase().size() + " actors, "
          + checked.knowledgeBase().aliasCount() + " aliases, no problems");
    } else {
      err.println(checked.problems().size() + " problem"
          + (checked.problems().size() == 1 ? "" : "s") + " in " + tables);
    }
    out.flush();
    err.flush();
    return checked.problems().isEmpty() ? 0 : ErrorReport.USAGE;
  }
}
