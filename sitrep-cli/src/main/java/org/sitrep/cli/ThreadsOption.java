package org.sitrep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that score many articles at once. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The number of threads, refused as picocli refuses a bad option when it is below one. */
  int count(CommandSpec spec) {
    ErrorReport.requireAtLeast(spec, "--threads", threads, 1);
    return threads;
  }
}
