package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on stderr: "sitrep: INPUT: PROBLEM". Usage mistakes exit with 2; an
 * unexpected exception is a bug, exits with 1 and shows its stack trace only with --verbose.
 */
final class ErrorReport implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final int USAGE = 2;
  static final int BUG = 1;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    err.println("sitrep: " + describe(ex) + " (see '" + command + " --help')");
    err.flush();
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if ((ex instanceof org.sitrep.actor.ActorTableException
        || ex instanceof org.sitrep.typing.TypeModelException
        || ex instanceof org.sitrep.store.StoreException) && !verbose(parsed)) {
      // A user's actor table or type model with a mistake, or a store that cannot be opened: the
      // message names the file or server and the problem.
      err.println("sitrep: " + oneLine(ex.getMessage()));
      err.flush();
      return USAGE;
    }
    if (ex instanceof java.io.UncheckedIOException && !verbose(parsed)) {
      // A data directory that cannot be written or an index that cannot be read: the user's to fix.
      err.println("sitrep: " + oneLine(ex.getMessage()));
      err.flush();
      return USAGE;
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    if (verbose(parsed)) {
      err.println("sitrep: internal error: " + oneLine(message));
      ex.printStackTrace(err);
    } else {
      err.println(
          "sitrep: internal error: " + oneLine(message) + " (run with --verbose for details)");
    }
    err.flush();
    return BUG;
  }

  /** Prints "sitrep: message" on the command's error stream; returns the usage exit code. */
  static int fail(CommandSpec spec, String message) {
    spec.commandLine().getErr().println("sitrep: " + message);
    spec.commandLine().getErr().flush();
    return USAGE;
  }

  /** Rejects an option's value below its least, as picocli rejects a bad option. */
  static void requireAtLeast(CommandSpec spec, String option, int value, int least) {
    if (value < least) {
      throw new ParameterException(
          spec.commandLine(), option + ": must be at least " + least + ", was " + value);
    }
  }

  private static String describe(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException) {
      String arg = ((UnmatchedArgumentException) ex).getUnmatched().get(0);
      return arg + (arg.startsWith("-") ? ": unknown option" : ": unexpected argument");
    }
    if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() instanceof OptionSpec) {
      return ((OptionSpec) ex.getArgSpec()).longestName() + ": " + ex.getCause().getMessage();
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      String labels = missing.getMissing().stream().map(a -> a.paramLabel())
          .collect(java.util.stream.Collectors.joining(" "));
      boolean stdinAllowed = ex.getCommandLine().getCommandName().equals("extract");
      return labels.equals("FILE") && stdinAllowed
          ? "no input given: name FILE... or - for standard input" : "missing " + labels;
    }
    return oneLine(ex.getMessage());
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
