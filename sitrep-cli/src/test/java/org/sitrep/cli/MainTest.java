package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  @Test
  void printsTheVersionMavenBuilt() {
    CommandRun run = CommandRun.of("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().matches("(?s)sitrep \\d+\\.\\d+\\.\\d+.*"), run.out());
  }

  @Test
  void helpListsBothCommandsAndTheExitCodes() {
    CommandRun run = CommandRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("extract"));
    assertTrue(run.out().contains("bench"));
    assertTrue(run.out().contains("2 bad input"));
  }

  @Test
  void reportsABugInOneLineWithoutVerbose() {
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(err));
    int code =
        new ErrorReport()
            .handleExecutionException(
                new IllegalStateException("gazetteer\nmissing"), cmd, cmd.parseArgs("extract", "a"));
    assertEquals(1, code);
    assertEquals(
        "sitrep: internal error: gazetteer missing (run with --verbose for details)\n",
        err.toString().replace("\r\n", "\n"));
  }

  @Test
  void showsTheStackTraceOfABugWithVerbose() {
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setErr(new PrintWriter(err));
    int code =
        new ErrorReport()
            .handleExecutionException(
                new IllegalStateException("broken"),
                cmd,
                cmd.parseArgs("extract", "--verbose", "a"));
    assertEquals(1, code);
    assertTrue(err.toString().contains("at org.sitrep.cli.MainTest"));
    assertFalse(err.toString().contains("run with --verbose"));
  }
}
