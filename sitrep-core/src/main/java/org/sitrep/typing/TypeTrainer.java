package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.sitrep.internal.Sha256;

/**
 * Trains a {@link TypeModel} from coded passages: embeds them once, then fits softmax regression
 * over the embedding and the text signals, keeps the passages' embeddings to vote beside it, and
 * scores it by k-fold cross-validation (each fold voted on by the other folds' passages).
 */
public final class TypeTrainer {
  /**
   * Embedded examples: one feature vector, the indices of its words in {@code words}, and one label
   * index each.
   *
   * @param scored how many examples, from the first, cross-validation scores; the rest (Sitrep's
   *     own set learnt beside a desk's passages) are in every fold's training, since a desk wants
   *     to know how its own coding is learnt
   */
  public record Examples(float[][] features, int[][] wordIndices, WordFeatures words, int[] labels,
      String[] sources, String digest, int scored) {
    public int size() {
      return labels.length;
    }

    /**
     * How much each of a desk's passages weighs beside Sitrep's set: as much as makes the desk's
     * passages together weigh what Sitrep's do, and never less than one. Sitrep's set is several
     * times a desk's and written to Sitrep's reading of the codebook, so at equal weights it
     * outvoted the desk's own conventions where the two differ. The desk's own cross-validation
     * agrees (ACLED global notes beside the set of 11,082: weighted F1 0.903 at one, 0.905 at
     * two, 0.907 at four, 0.908 at this balance, 4.8, and 0.906 at eight).
     */
    public double deskWeight() {
      int base = size() - scored;
      return scored == 0 ? 1 : Math.max(1.0, (double) base / scored);
    }
  }

  /**
   * Cross-validated scores at the share of the passages' vote that scored best, that share, each
   * share's weighted F1 (in the order of {@link #SHARES}), and whether the folds held whole files.
   */
  public record CrossValidation(TypeScores scores, double neighboursShare, double[] weightedF1,
      boolean byFile) {}

  /** The shares of the passages' vote that cross-validation chooses from. */
  public static final double[] SHARES = {0, 0.25, 0.5, 0.75};

  private static final int BATCH = 32;
  private final SentenceEmbedder embedder;
  private final TextSignals signals;
  private final SoftmaxRegression.Settings settings;

  public TypeTrainer(SentenceEmbedder embedder, TextSignals signals) {
    this(embedder, signals, SoftmaxRegression.Settings.DEFAULT);
  }

  TypeTrainer(SentenceEmbedder embedder, TextSignals signals, SoftmaxRegression.Settings settings) {
    this.embedder = embedder;
    this.signals = signals;
    this.settings = settings;
  }

  public static TypeTrainer withDefaults() {
    return over(EmbedderModel.ALL_MINILM_L6_V2_Q);
  }

  /** A trainer over that embedder and the shipped signals; its models record the embedder. */
  public static TypeTrainer over(EmbedderModel embedder) {
    return over(embedder, DEFAULT_SEED);
  }

  /** The seed the shipped model was trained with. */
  public static final long DEFAULT_SEED = SoftmaxRegression.Settings.DEFAULT.seed();

  /**
   * The same, shuffling the passages by {@code seed}: a model that changes much with the seed
   * has not settled, which is worth being able to check.
   */
  public static TypeTrainer over(EmbedderModel embedder, long seed) {
    return over(embedder, Optional.empty(), seed);
  }

  /** The same over the embedder as an adapter tuned it ({@code sitrep tune}). */
  public static TypeTrainer over(EmbedderModel embedder, Optional<EncoderAdapter> adapter,
      long seed) {
    SoftmaxRegression.Settings d = SoftmaxRegression.Settings.DEFAULT;
    return new TypeTrainer(OnnxEmbedder.load(embedder, adapter), TextSignals.loadDefault(),
        new SoftmaxRegression.Settings(d.epochs(), d.batch(), d.learningRate(), d.l2(), d.wordL2(),
            seed));
  }

  /**
   * Embeds the passages in batches, telling {@code progress} how many are done after each;
   * cross-validation will score them all.
   */
  public Examples embed(List<LabelledText> texts, IntConsumer progress) {
    return embed(texts, texts.size(), progress);
  }

  /**
   * A desk's passages and, after them, a base set to learn beside them (Sitrep's own, {@link
   * LabelledTexts#bundled}), less any passage the desk's already hold, whose label is then the
   * desk's. Embed them with {@code scored} = {@code own.size()}.
   */
  public static List<LabelledText> beside(List<LabelledText> own, List<LabelledText> base) {
    java.util.Set<String> ownTexts = new java.util.HashSet<>();
    own.forEach(t -> ownTexts.add(t.text()));
    List<LabelledText> texts = new ArrayList<>(own);
    base.stream().filter(t -> !ownTexts.contains(t.text())).forEach(texts::add);
    return texts;
  }

  /**
   * Embeds the passages in batches, telling {@code progress} how many are done after each;
   * cross-validation will score only the first {@code scored} (a desk's), the rest being in
   * every fold's training.
   */
  public Examples embed(List<LabelledText> texts, int scored, IntConsumer progress) {
    if (scored > texts.size() || scored < 1 && !texts.isEmpty()) {
      throw new IllegalArgumentException("scored " + scored + " of " + texts.size());
    }
    float[][] features = new float[texts.size()][];
    int[] labels = new int[texts.size()];
    // The vocabulary is read off every passage, labels unseen: in cross-validation a word only the
    // held-out fold holds is in it, but no fold's model learns a weight for it.
    WordFeatures words = WordFeatures.learn(texts.stream().map(LabelledText::text).toList());
    int[][] wordIndices = new int[texts.size()][];
    String[] sources = new String[texts.size()];
    for (int start = 0; start < texts.size(); start += BATCH) {
      List<LabelledText> batch = texts.subList(start, Math.min(texts.size(), start + BATCH));
      List<float[]> vectors = embedder.embed(batch.stream().map(LabelledText::text).toList());
      for (int i = 0; i < batch.size(); i++) {
        LabelledText t = batch.get(i);
        features[start + i] = ModelTyper.features(vectors.get(i), signals.of(t.text()));
        wordIndices[start + i] = words.of(t.text());
        labels[start + i] = t.label().index();
        sources[start + i] = source(t.origin());
      }
      progress.accept(start + batch.size());
    }
    return new Examples(features, wordIndices, words, labels, sources, digest(texts), scored);
  }

  /** The file of an origin "FILE:LINE". */
  static String source(String origin) {
    int colon = origin.lastIndexOf(':');
    return colon > 0 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)
        ? origin.substring(0, colon) : origin;
  }

  /**
   * Names a training set by its passages and labels in order: a model records the digest of the
   * set it was made from, so that a test can tell a shipped model made from an older set.
   */
  public static String digest(List<LabelledText> texts) {
    StringBuilder set = new StringBuilder();
    for (LabelledText t : texts) {
      set.append(t.label().label()).append('\t').append(t.text()).append('\n');
    }
    return Sha256.hex(set.toString(), 12);
  }

  /**
   * A model fitted to all the examples, whose passages' vote has {@code neighboursShare} of its
   * choice among the types (0: the softmax alone, and the passages are not kept).
   */
  public TypeModel fit(Examples examples, String trainedOn, double neighboursShare) {
    int[] all = new int[examples.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return fit(examples, all, trainedOn, neighboursShare, neighboursShare > 0);
  }

  /**
   * Scores by {@code folds}-fold cross-validation: each fold is scored by a model fitted to the
   * others, and voted on by the others' passages. Each share of the vote in {@link #SHARES} is
   * scored on the same folds, and the best (the smaller on a tie) is chosen.
   *
   * <p>When the passages come from at least {@code folds} files, each fold holds whole files: a
   * file is written in one style, often by one hand at one sitting, and its passages are nearer
   * each other than any new text is to them, so a fold that shared a file with the others would
   * reward the vote for finding a passage's siblings. Otherwise examples are dealt to folds in
   * turn within each label, so every fold holds each label. Only the first {@link
   * Examples#scored} examples are dealt to folds.
   */
  public CrossValidation crossValidate(Examples examples, int folds, IntConsumer foldsDone) {
    int scored = examples.scored();
    int[] fold = byFile(java.util.Arrays.copyOf(examples.sources(), scored), folds);
    boolean byFile = fold != null;
    if (!byFile) {
      fold = byLabel(java.util.Arrays.copyOf(examples.labels(), scored), folds);
    }
    // The base set learnt beside a desk's passages is in no fold: every fold trains on it.
    fold = java.util.Arrays.copyOf(fold, examples.size());
    java.util.Arrays.fill(fold, scored, fold.length, -1);
    TypeScores[] scores = new TypeScores[SHARES.length];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = new TypeScores();
    }
    for (int f = 0; f < folds; f++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        (fold[i] == f ? test : train).add(i);
      }
      TypeModel model = fit(examples, train.stream().mapToInt(Integer::intValue).toArray(),
          "fold " + (f + 1), 0, true);
      float[][] held = test.stream().map(i -> examples.features()[i]).toArray(float[][]::new);
      double[][] votes = model.neighbours().votes(held);
      for (int t = 0; t < test.size(); t++) {
        int i = test.get(t);
        double[] softmax = model.softmax(examples.features()[i], examples.wordIndices()[i]);
        double[] vote = votes[t];
        for (int s = 0; s < SHARES.length; s++) {
          TypeGuess guess = new TypeGuess(TypeModel.blend(softmax, vote, SHARES[s]));
          scores[s].add(TypeLabel.at(examples.labels()[i]), guess.best().label());
        }
      }
      foldsDone.accept(f + 1);
    }
    double[] f1 = new double[SHARES.length];
    int best = 0;
    for (int s = 0; s < SHARES.length; s++) {
      f1[s] = scores[s].weightedF1();
      if (f1[s] > f1[best]) {
        best = s;
      }
    }
    return new CrossValidation(scores[best], SHARES[best], f1, byFile);
  }

  /** Whole files dealt to folds, largest first, each to the fold with fewest passages; or null. */
  private static int[] byFile(String[] sources, int folds) {
    java.util.Map<String, Integer> sizes = new java.util.TreeMap<>();
    for (String source : sources) {
      sizes.merge(source, 1, Integer::sum);
    }
    if (sizes.size() < folds) {
      return null;
    }
    List<String> largestFirst = new ArrayList<>(sizes.keySet());
    largestFirst.sort(java.util.Comparator.comparing((String f) -> -sizes.get(f)));
    long[] filled = new long[folds];
    java.util.Map<String, Integer> foldOf = new java.util.HashMap<>();
    for (String file : largestFirst) {
      int emptiest = 0;
      for (int f = 1; f < folds; f++) {
        if (filled[f] < filled[emptiest]) {
          emptiest = f;
        }
      }
      foldOf.put(file, emptiest);
      filled[emptiest] += sizes.get(file);
    }
    int[] fold = new int[sources.length];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = foldOf.get(sources[i]);
    }
    return fold;
  }

  private static int[] byLabel(int[] labels, int folds) {
    int[] fold = new int[labels.length];
    int[] dealt = new int[TypeLabel.COUNT];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = dealt[labels[i]]++ % folds;
    }
    return fold;
  }

  private TypeModel fit(Examples examples, int[] rows, String trainedOn, double neighboursShare,
      boolean keepPassages) {
    int d = examples.features()[0].length;
    float[] mean = new float[d];
    float[] scale = new float[d];
    for (int i : rows) {
      float[] x = examples.features()[i];
      for (int j = 0; j < d; j++) {
        mean[j] += x[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= rows.length;
    }
    for (int i : rows) {
      float[] x = examples.features()[i];
      for (int j = 0; j < d; j++) {
        scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
      }
    }
    for (int j = 0; j < d; j++) {
      // A signal no example shows keeps scale 1: it then adds nothing, and nothing divides by 0.
      double sd = Math.sqrt(scale[j] / rows.length);
      scale[j] = sd < 1e-6 ? 1f : (float) sd;
    }
    float[][] x = new float[rows.length][];
    int[][] words = new int[rows.length][];
    int[] y = new int[rows.length];
    int[] count = new int[TypeLabel.COUNT];
    for (int r = 0; r < rows.length; r++) {
      x[r] = TypeModel.standardised(examples.features()[rows[r]], mean, scale);
      words[r] = examples.wordIndices()[rows[r]];
      y[r] = examples.labels()[rows[r]];
      count[y[r]]++;
    }
    // Rare labels count for more, by the square root of their rarity: enough that a type with a
    // hundred examples is not drowned by thousands of non-events, not so much that it is guessed
    // everywhere.
    int most = java.util.Arrays.stream(count).max().orElse(1);
    double[] weight = new double[rows.length];
    double desk = examples.deskWeight();
    for (int r = 0; r < rows.length; r++) {
      weight[r] = Math.sqrt((double) most / count[y[r]]) * (rows[r] < examples.scored() ? desk : 1);
    }
    return new TypeModel(embedder.name(), signals.id(), trainedOn, examples.digest(), mean, scale,
        examples.words(), SoftmaxRegression.train(x, words, examples.words().size(), y, weight,
            TypeLabel.COUNT, settings), neighbours(examples, rows, y, keepPassages),
        neighboursShare, embedder.adapter());
  }

  /** The rows' passages, to vote; none when their vote would count for nothing. */
  private Neighbours neighbours(Examples examples, int[] rows, int[] labels, boolean keep) {
    if (!keep) {
      return Neighbours.none();
    }
    float[][] embeddings = new float[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      embeddings[r] = java.util.Arrays.copyOf(examples.features()[rows[r]], embedder.dimensions());
    }
    return Neighbours.of(embeddings, labels);
  }

}
