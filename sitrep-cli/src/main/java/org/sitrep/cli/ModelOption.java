package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.pipeline.SitrepConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --model MODEL} and {@code --no-model} options: which sub-event typer codes beside the rules. */
final class ModelOption {
  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "A sub-event type model made by 'sitrep train' (default: the shipped one).")
  Optional<Path> model = Optional.empty();

  @Option(names = "--no-model", description = "Type events by the trigger rules alone.")
  boolean noModel;

  /** Whether the typer only advises or may overrule the rules. */
  enum Role { advise, decide }

  @Option(names = "--typer", paramLabel = "ROLE",
      description = "advise (default): the model's three likeliest types go into the evidence and"
          + " the confidence; decide: it may also change the trigger's type and drop mentions it"
          + " is sure are no event.")
  Role role = Role.advise;

  @Option(names = "--detect", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "The model also reads sentences with no trigger word and adds the events it"
          + " is nearly sure of (\"warplanes pounded the village\"); default: on, --no-detect"
          + " for the trigger words alone.")
  boolean detect = true;

  /**
   * The typer the options ask for.
   *
   * @throws ParameterException when --model and --no-model are both given
   */
  SitrepConfig.Typing typing(CommandSpec spec) {
    if (noModel && model.isPresent()) {
      throw new ParameterException(spec.commandLine(),
          "--model and --no-model: give one or the other");
    }
    if (noModel) {
      return SitrepConfig.Typing.RULES_ONLY;
    }
    return model.map(SitrepConfig.Typing::model).orElse(SitrepConfig.Typing.DEFAULT)
        .deciding(role == Role.decide).detecting(detect);
  }
}
