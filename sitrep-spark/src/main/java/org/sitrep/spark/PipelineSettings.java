package org.sitrep.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sitrep.pipeline.SitrepConfig;

/**
 * A {@link SitrepConfig} in a form Spark can ship to executors: {@code Path} is not
 * serializable, strings are. Two equal settings share one loaded pipeline per JVM.
 *
 * @param dataDir the data directory (gazetteer index); on a cluster, a path every executor has
 * @param actorTables the user's actor tables, in layering order
 * @param learned whether the learned typer runs beside the rules
 * @param models the user's type model files, averaged; none for the shipped ones
 * @param decides whether the typer may overrule the rules
 * @param detects whether the typer adds the events it finds where no trigger word did
 */
public record PipelineSettings(String dataDir, List<String> actorTables, boolean learned,
    List<String> models, boolean decides, boolean detects) implements Serializable {
  private static final long serialVersionUID = 2L;

  public PipelineSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    actorTables = List.copyOf(actorTables);
    models = List.copyOf(models);
  }

  public static PipelineSettings of(SitrepConfig config) {
    SitrepConfig.Typing t = config.typing();
    return new PipelineSettings(config.dataDir().toString(),
        config.actorTables().stream().map(Path::toString).toList(), t.learned(),
        t.models().stream().map(Path::toString).toList(), t.decides(), t.detects());
  }

  public SitrepConfig config() {
    SitrepConfig.Typing typing = new SitrepConfig.Typing(learned,
        models.stream().map(Path::of).toList(), decides, detects);
    return new SitrepConfig(Path.of(dataDir), actorTables.stream().map(Path::of).toList(), typing);
  }
}
