package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputProblem;
import org.sitrep.tune.EncoderTuner;
import org.sitrep.typing.EmbedderModel;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.TypeTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep tune}: tunes the typer's sentence encoder on coded passages and writes what
 * changed, for {@code sitrep train --adapter}.
 */
@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Tune the typer's sentence encoder on coded passages; write the adapter for"
          + " 'sitrep train --adapter FILE'.",
      "FILE: as for 'sitrep train'. Runs PyTorch's CPU library in this JVM: about 15 minutes"
          + " for Sitrep's own 14,000 passages on two cores (MiniLM, three epochs)."
    })
final class TuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Coded passages to tune on; may be given more than once. Without it the"
          + " encoder is tuned on Sitrep's own set alone, as the shipped adapter was.")
  List<Path> gold = List.of();

  @Option(names = "--no-base-set",
      description = "Tune on the --gold passages alone (by default Sitrep's own set is learnt"
          + " beside them, as by 'sitrep train').")
  boolean noBaseSet;

  @Option(names = "--out", paramLabel = "ADAPTER", required = true,
      description = "Where to write the adapter.")
  Path out;

  @Option(names = "--embedder", paramLabel = "NAME",
      description = "The encoder to tune: all-minilm-l6-v2-q, the only one whose full-precision"
          + " weights ship with Sitrep (tuning starts from them).")
  String embedder = EmbedderModel.ALL_MINILM_L6_V2_Q.id();

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the passages (default 3).")
  int epochs = EncoderTuner.Settings.DEFAULT.epochs();

  @Option(names = "--rank", paramLabel = "R",
      description = "The inner size of each weight's change (default 8).")
  int rank = EncoderTuner.Settings.DEFAULT.rank();

  @Option(names = "--seed", paramLabel = "N", description = "Starting values and order (default 7).")
  long seed = EncoderTuner.Settings.DEFAULT.seed();

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EmbedderModel kind;
    try {
      kind = EmbedderModel.named(embedder);
    } catch (IllegalArgumentException e) {
      return ErrorReport.fail(spec, "--embedder: " + e.getMessage());
    }
    EncoderTuner.Settings defaults = EncoderTuner.Settings.DEFAULT;
    EncoderTuner.Settings settings;
    try {
      settings = new EncoderTuner.Settings(epochs, rank, defaults.learningRate(), defaults.batch(),
          seed);
    } catch (IllegalArgumentException e) {
      return ErrorReport.fail(spec, "--epochs, --rank: " + e.getMessage());
    }
    EncoderTuner tuner;
    try {
      tuner = new EncoderTuner(kind, settings);
    } catch (IllegalArgumentException e) {
      return ErrorReport.fail(spec, "--embedder: " + e.getMessage());
    }
    Optional<String> unwritable = OutputFile.problem(out, "the adapter file");
    if (unwritable.isPresent()) {
      return ErrorReport.fail(spec, unwritable.get());
    }
    CodedPassages passages;
    try {
      passages = CodedPassages.read(gold, noBaseSet, "to tune on", err);
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    List<LabelledText> all = TypeTrainer.beside(passages.desk(), passages.base());
    long labels = all.stream().map(LabelledText::label).distinct().count();
    if (labels < 2) {
      return ErrorReport.fail(spec, (gold.isEmpty() ? "the passages" : gold.get(0).toString())
          + ": needs passages of at least two labels, found " + labels);
    }
    err.printf(Locale.ROOT, "sitrep: tuning %s on %,d passages of %d labels (%,d rows skipped)%n",
        kind.id(), all.size(), labels, passages.skipped());
    CountProgress progress = CountProgress.onStderr(err, "tuning steps", tuner.steps(all.size()));
    EncoderTuner.Result result;
    try {
      result = tuner.tune(all, progress::done);
    } catch (ai.djl.engine.EngineException e) {
      // The build takes PyTorch's library for Linux on x86-64 unless told another platform.
      return ErrorReport.fail(spec, "PyTorch's CPU library cannot run here (" + e.getMessage()
          + "); build with -Dpytorch.native.classifier=osx-aarch64 or win-x86_64 to tune on"
          + " another platform");
    }
    StringBuilder losses = new StringBuilder();
    for (double loss : result.epochLoss()) {
      losses.append(losses.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", loss));
    }
    stdout.println("mean loss by epoch: " + losses);
    if (result.skippedSteps() > 0) {
      err.printf(Locale.ROOT, "sitrep: %,d steps skipped: their loss or gradient was not a"
          + " number%n", result.skippedSteps());
    }
    if (!Double.isFinite(result.lastEpochLoss())) {
      return ErrorReport.fail(spec, "tuning diverged (no step of the last epoch had a loss);"
          + " nothing written; run it again, or with another --seed");
    }
    long kilobytes;
    try {
      result.adapter().write(out);
      kilobytes = Files.size(out) / 1024;
    } catch (IOException e) {
      return ErrorReport.fail(spec, out + ": cannot write the adapter: " + e.getMessage());
    }
    stdout.printf(Locale.ROOT, "wrote %s (%,d KB, adapter %s); use it with 'sitrep train"
        + " --adapter %s'%n", out, kilobytes, result.adapter().id(), out);
    stdout.flush();
    return 0;
  }
}
