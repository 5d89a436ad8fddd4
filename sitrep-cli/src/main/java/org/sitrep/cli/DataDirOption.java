package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.pipeline.SitrepConfig;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option of the commands that use the gazetteer index or the store. */
final class DataDirOption {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where Sitrep keeps its data: the gazetteer index, the event store, what "
          + "watch has seen (default: $SITREP_HOME, else ~/.sitrep).")
  Optional<Path> dataDir = Optional.empty();

  SitrepConfig config() {
    return SitrepConfig.of(dataDir, System.getenv());
  }
}
