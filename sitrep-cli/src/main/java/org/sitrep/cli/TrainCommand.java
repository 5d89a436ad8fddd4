package org.sitrep.cli;

import java.util.Locale;
import java.util.Optional;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.ingest.InputProblem;
import org.sitrep.typing.EmbedderModel;
import org.sitrep.typing.EncoderAdapter;
import org.sitrep.typing.LabelledText;
import org.sitrep.typing.TypeModel;
import org.sitrep.typing.TypeModelException;
import org.sitrep.typing.TypeScores;
import org.sitrep.typing.TypeTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep train}: makes a sub-event type model from a desk's own coded passages, scores it
 * by cross-validation, and writes it for {@code --model}.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Train a sub-event type model on coded passages and print its cross-validated scores.",
      "FILE: ACLED-style CSV (notes, sub_event_type), JSON Lines (text, sub_event_type),"
          + " tab-separated with the header text<TAB>sub_event_type, or a directory of them.",
      "Labels: ACLED's 25 sub-event types, \"Not an event\", or CASE 2021's names."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Coded passages to learn from; may be given more than once. Without it the"
          + " model learns Sitrep's own set alone, as the shipped model does.")
  List<Path> gold = List.of();

  @Option(names = "--no-base-set",
      description = "Learn from the --gold passages alone. By default Sitrep's own training set"
          + " (training/types, bundled) is learnt beside them, so that types a desk has coded"
          + " seldom are still known; cross-validation scores the desk's passages alone.")
  boolean noBaseSet;

  @Option(names = "--out", paramLabel = "MODEL", required = true,
      description = "Where to write the model (use it with --model).")
  Path out;

  @Option(names = "--folds", paramLabel = "K",
      description = "Cross-validation folds for the printed scores (default 5; 0 skips scoring).")
  int folds = 5;

  @Option(names = "--embedder", paramLabel = "NAME",
      description = "The sentence embedder the model reads: all-minilm-l6-v2-q (default, the"
          + " shipped model's), bge-small-en-v1.5-q or e5-small-v2-q (each about twice as slow)."
          + " The model file records it, and --model reads it with the same one.")
  String embedder = EmbedderModel.ALL_MINILM_L6_V2_Q.id();

  @Option(names = "--adapter", paramLabel = "FILE",
      description = "The tuned encoder to train over: an adapter made by 'sitrep tune',"
          + " 'bundled' (MiniLM tuned on Sitrep's own set, which the second shipped model reads)"
          + " or 'none' (the default: the embedder as shipped, which the first reads). The"
          + " model file keeps it.")
  String adapter = NONE;

  private static final String NONE = "none";

  private static final String BUNDLED = "bundled";

  @Option(names = "--seed", paramLabel = "N",
      description = "Shuffles the passages in another order (default: the shipped model's); a"
          + " settled model scores about the same whatever the seed.")
  Long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (folds == 1 || folds < 0) {
      return ErrorReport.fail(spec, "--folds: must be 0 or at least 2, was " + folds);
    }
    EmbedderModel embedderModel;
    try {
      embedderModel = EmbedderModel.named(embedder);
    } catch (IllegalArgumentException e) {
      return ErrorReport.fail(spec, "--embedder: " + e.getMessage());
    }
    Optional<EncoderAdapter> tuned;
    try {
      tuned = adapter(embedderModel);
    } catch (TypeModelException e) {
      return ErrorReport.fail(spec, "--adapter: " + e.getMessage());
    }
    Optional<String> unwritable = OutputFile.problem(out, "the model file");
    if (unwritable.isPresent()) {
      return ErrorReport.fail(spec, unwritable.get());
    }
    CodedPassages passages;
    try {
      passages = CodedPassages.read(gold, noBaseSet, "to learn", err);
    } catch (InputProblem problem) {
      return ErrorReport.fail(spec, problem.getMessage());
    }
    List<LabelledText> texts = passages.desk();
    List<LabelledText> base = passages.base();
    List<LabelledText> scored = texts.isEmpty() ? base : texts;
    long labels = scored.stream().map(LabelledText::label).distinct().count();
    if (noBaseSet && labels < 2) {
      return ErrorReport.fail(spec, gold.get(0) + ": needs passages of at least two labels, found "
          + labels);
    }
    if (folds > 0 && scored.size() < folds) {
      return ErrorReport.fail(spec, "--folds " + folds + ": more folds than passages ("
          + scored.size() + ")");
    }
    err.printf(Locale.ROOT, "sitrep: %,d passages of %d labels (%,d rows skipped)%s%n",
        scored.size(), labels, passages.skipped(), texts.isEmpty() || base.isEmpty() ? ""
            : String.format(Locale.ROOT, ", learnt beside Sitrep's own %,d", base.size()));
    TypeTrainer trainer = TypeTrainer.over(embedderModel, tuned,
        seed == null ? TypeTrainer.DEFAULT_SEED : seed);
    List<LabelledText> all = TypeTrainer.beside(texts, base);
    CountProgress embedding = CountProgress.onStderr(err, "embedding", all.size());
    TypeTrainer.Examples examples = trainer.embed(all, scored.size(), embedding::done);
    if (examples.scored() < examples.size()) {
      stdout.printf(Locale.ROOT, "%,d --gold passages beside %,d of Sitrep's own, each weighing"
          + " %.1f of Sitrep's, so that together they weigh as much%n%n", examples.scored(),
          examples.size() - examples.scored(), examples.deskWeight());
    }
    // Without cross-validation nothing chooses the passages' share of the vote: the softmax alone.
    double share = 0;
    if (folds > 0) {
      CountProgress fitting = CountProgress.onStderr(err, "cross-validation folds", folds);
      TypeTrainer.CrossValidation cv = trainer.crossValidate(examples, folds, fitting::done);
      share = cv.neighboursShare();
      stdout.println(folds + "-fold cross-validation"
          + (cv.byFile() ? ", each fold whole files" : "")
          + (examples.scored() < examples.size()
              ? " of the --gold passages, Sitrep's own set in every fold's training" : ""));
      TypeReport.text(stdout, cv.scores());
      stdout.println();
      StringBuilder shares = new StringBuilder();
      for (int s = 0; s < TypeTrainer.SHARES.length; s++) {
        shares.append(s == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f at %.2f",
            cv.weightedF1()[s], TypeTrainer.SHARES[s]));
      }
      stdout.printf(Locale.ROOT, "the nearest training passages' vote: share %.2f (weighted F1 %s)%n%n",
          share, shares);
    }
    String trainedOn = java.util.stream.Stream.concat(
            gold.stream().map(p -> p.getFileName().toString()),
            base.isEmpty() ? java.util.stream.Stream.<String>empty() : java.util.stream.Stream.of(
                "Sitrep's training/types"))
        .collect(Collectors.joining(", ")) + "; " + examples.size() + " passages";
    TypeModel model = trainer.fit(examples, trainedOn, share);
    try {
      model.write(out);
    } catch (IOException e) {
      return ErrorReport.fail(spec, out + ": cannot write the model: " + e.getMessage());
    }
    stdout.println("wrote " + out + " (" + Files.size(out) / 1024 + " KB"
        + tuned.map(a -> ", over the encoder tuned by adapter " + a.id()).orElse("") + ")");
    stdout.flush();
    return 0;
  }

  /** The adapter the option names, for the embedder. */
  private Optional<EncoderAdapter> adapter(EmbedderModel embedderModel) throws IOException {
    if (adapter.equals(NONE)) {
      return Optional.empty();
    }
    EncoderAdapter read;
    String tunedFrom;
    if (adapter.equals(BUNDLED)) {
      read = TypeModel.loadShipped(TypeModel.SHIPPED_TUNED).adapter()
          .orElseThrow(() -> new TypeModelException("the bundled "
              + TypeModel.SHIPPED_TUNED + " holds no adapter"));
      tunedFrom = "the bundled adapter is tuned from ";
    } else {
      Path file = Path.of(adapter);
      if (!Files.isRegularFile(file)) {
        throw new TypeModelException(adapter + ": no such adapter file");
      }
      read = EncoderAdapter.read(Files.readAllBytes(file), adapter);
      tunedFrom = adapter + ": tuned from ";
    }
    if (!read.base().equals(embedderModel.id())) {
      throw new TypeModelException(tunedFrom + read.base() + ", not " + embedderModel.id()
          + " (give --embedder " + read.base() + ")");
    }
    return Optional.of(read);
  }
}
