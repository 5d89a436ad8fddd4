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
 * @param typing which sub-event typer codes beside the rules
 */
public record SitrepConfig(Path dataDir, List<Path> actorTables, Typing typing) {
  /**
   * The learned typer's part: the shipped models, the user's model files ({@code --model}), or
   * none, the rules alone ({@code --no-model}).
   *
   * @param models the model files whose probabilities are averaged; none for the shipped ones
   * @param decides the typer may overrule the trigger's type and reject a mention; otherwise it
   *     only advises (its reading is in the evidence and the confidence). It advises unless asked
   *     ({@code --typer decide}): on real reports, where the trigger rules find an event, they
   *     type it better than the typer does (docs/evaluation.md).
   * @param detects the typer also reads the sentences with no trigger word and adds the events
   *     it is nearly sure of; on by default, off with {@code --no-detect} (docs/evaluation.md
   *     says what it does to each dev set and what it costs)
   */
  public record Typing(boolean learned, List<Path> models, boolean decides, boolean detects) {
    public static final Typing DEFAULT = new Typing(true, List.of(), false, true);
    public static final Typing RULES_ONLY = new Typing(false, List.of(), false, false);

    public Typing {
      models = List.copyOf(models);
    }

    /** The models in these files, averaged when there are several. */
    public static Typing models(List<Path> files) {
      return new Typing(true, files, false, true);
    }

    /** This typer, deciding or advising. */
    public Typing deciding(boolean decide) {
      return new Typing(learned, models, decide && learned, detects);
    }

    /** This typer, finding events the trigger words miss, or not. */
    public Typing detecting(boolean detect) {
      return new Typing(learned, models, decides, detect && learned);
    }
  }

  public static final String HOME_VARIABLE = "SITREP_HOME";

  public SitrepConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    actorTables = List.copyOf(actorTables);
    Objects.requireNonNull(typing, "typing");
  }

  public SitrepConfig(Path dataDir) {
    this(dataDir, List.of(), Typing.DEFAULT);
  }

  /** This configuration with the user's actor tables. */
  public SitrepConfig withActorTables(List<Path> tables) {
    return new SitrepConfig(dataDir, tables, typing);
  }

  /** This configuration with another typer. */
  public SitrepConfig withTyping(Typing newTyping) {
    return new SitrepConfig(dataDir, actorTables, newTyping);
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
