package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.pipeline.SitrepConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --model MODEL} and {@code --no-model} options: which sub-event typer codes beside the rules. */
final class ModelOption {
  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "A sub-event type model made by 'sitrep train' (default: the two shipped"
          + " ones, averaged); given more than once, the models' probabilities are averaged.")
  List<Path> models = new ArrayList<>();

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
    if (noModel && !models.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--model and --no-model: give one or the other");
    }
    if (noModel) {
      return SitrepConfig.Typing.RULES_ONLY;
    }
    return (models.isEmpty() ? SitrepConfig.Typing.DEFAULT : SitrepConfig.Typing.models(models))
        .deciding(role == Role.decide).detecting(detect);
  }
}
