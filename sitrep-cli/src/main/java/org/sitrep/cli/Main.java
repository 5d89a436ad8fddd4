package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sitrep} command: reads conflict news and writes ACLED-style events. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Reads conflict news and writes ACLED-style event records with evidence.",
    subcommands = {
      ExtractCommand.class,
      SparkLocalCommand.class,
      IngestCommand.class,
      ServeCommand.class,
      ReadCommand.class,
      WatchCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      TuneCommand.class,
      GazetteerCommand.class,
      ActorsCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 internal error (a bug), 2 bad input or usage,",
      "130 interrupted (gazetteer import: the previous index stays in use;",
      "ingest: every article stored so far is whole).",
      "Run 'sitrep COMMAND --help' for a command's options."
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  boolean verbose;

  @Override
  public void run() {
    // "sitrep" alone: there is nothing to do but say how.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with Sitrep's one-line error reporting; use this rather than bare picocli. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    ErrorReport report = new ErrorReport();
    cmd.setParameterExceptionHandler(report);
    cmd.setExecutionExceptionHandler(report);
    return cmd;
  }

  /** The one place that chooses how input files are read. */
  static ArticleReader articleReader() {
    return new ArticleReaders();
  }

  public static void main(String[] args) {
    CommandLine cmd = commandLine();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    cmd.setOut(out);
    cmd.setErr(err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
