package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Sitrep keeps what it builds or imports (the gazetteer indexes). Chosen once, at the
 * command line: {@code --data-dir DIR}, else the environment variable SITREP_HOME, else
 * {@code ~/.sitrep}.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load(SitrepConfig.of(Optional.empty(), System.getenv()));
 * }</pre>
 *
 * @param dataDir the data directory; created when first needed
 * @param actorTables a user's own actor tables ({@code --actors FILE}), layered over the shipped
 *     ones in this order
 */
public record SitrepConfig(Path dataDir, List<Path> actorTables) {
  public static final String HOME_VARIABLE = "SITREP_HOME";

  public SitrepConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    actorTables = List.copyOf(actorTables);
  }

  public SitrepConfig(Path dataDir) {
    this(dataDir, List.of());
  }

  /** This configuration with the user's actor tables. */
  public SitrepConfig withActorTables(List<Path> tables) {
    return new SitrepConfig(dataDir, tables);
  }

  /** The configuration of this process: SITREP_HOME, else ~/.sitrep. */
  public static SitrepConfig defaults() {
    return of(Optional.empty(), System.getenv());
  }

  /** The given data directory, else SITREP_HOME from env, else ~/.sitrep. */
  public static SitrepConfig of(Optional<Path> dataDir, Map<String, String> env) {
    return new SitrepConfig(dataDir.orElseGet(() -> {
      String home = env.get(HOME_VARIABLE);
      return home != null && !home.isBlank() ? Path.of(home)
          : Path.of(System.getProperty("user.home"), ".sitrep");
    }));
  }
}
