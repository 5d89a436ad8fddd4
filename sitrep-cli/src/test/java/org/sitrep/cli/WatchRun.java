package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.sitrep.ingest.web.FetchSettings;
import picocli.CommandLine;

/** One run of {@code sitrep watch} with short timeouts and no polite pause, as tests need. */
final class WatchRun {
  private WatchRun() {}

  static CommandRun of(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    WatchCommand watch = cmd.getSubcommands().get("watch").getCommand();
    watch.fetching = FetchSettings.defaults().withPoliteDelay(Duration.ZERO)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
    int code = cmd.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
