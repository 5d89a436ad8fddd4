package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One run of the sitrep command with its output captured, as a test sees it. */
record CommandRun(int exitCode, String out, String err) {
  static CommandRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CommandRun withStdin(byte[] stdin, String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    ExtractCommand extract = cmd.getSubcommands().get("extract").getCommand();
    extract.stdin = new ByteArrayInputStream(stdin);
    int code = cmd.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
