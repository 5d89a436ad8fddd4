package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.sitrep.internal.Sha256;

/**
 * Trains a {@link TypeModel} from coded passages: embeds them once, then fits softmax regression
 * over the embedding and the text signals, and scores it by k-fold cross-validation.
 */
public final class TypeTrainer {
  /**
   * Embedded examples: one feature vector, the indices of its words in {@code words}, and one label
   * index each.
   */
  public record Examples(float[][] features, int[][] wordIndices, WordFeatures words, int[] labels,
      String digest) {
    public int size() {
      return labels.length;
    }
  }

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
    return over(embedder, SoftmaxRegression.Settings.DEFAULT.seed());
  }

  /**
   * The same, shuffling the passages by {@code seed}: a model that changes much with the seed
   * has not settled, which is worth being able to check.
   */
  public static TypeTrainer over(EmbedderModel embedder, long seed) {
    SoftmaxRegression.Settings d = SoftmaxRegression.Settings.DEFAULT;
    return new TypeTrainer(OnnxEmbedder.load(embedder), TextSignals.loadDefault(),
        new SoftmaxRegression.Settings(d.epochs(), d.batch(), d.learningRate(), d.l2(), d.wordL2(),
            seed));
  }

  /**
   * Embeds the passages in batches, telling {@code progress} how many are done after each.
   */
  public Examples embed(List<LabelledText> texts, IntConsumer progress) {
    float[][] features = new float[texts.size()][];
    int[] labels = new int[texts.size()];
    // The vocabulary is read off every passage, labels unseen: in cross-validation a word only the
    // held-out fold holds is in it, but no fold's model learns a weight for it.
    WordFeatures words = WordFeatures.learn(texts.stream().map(LabelledText::text).toList());
    int[][] wordIndices = new int[texts.size()][];
    for (int start = 0; start < texts.size(); start += BATCH) {
      List<LabelledText> batch = texts.subList(start, Math.min(texts.size(), start + BATCH));
      List<float[]> vectors = embedder.embed(batch.stream().map(LabelledText::text).toList());
      for (int i = 0; i < batch.size(); i++) {
        LabelledText t = batch.get(i);
        features[start + i] = ModelTyper.features(vectors.get(i), signals.of(t.text()));
        wordIndices[start + i] = words.of(t.text());
        labels[start + i] = t.label().index();
      }
      progress.accept(start + batch.size());
    }
    return new Examples(features, wordIndices, words, labels, digest(texts));
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

  /** A model fitted to all the examples. */
  public TypeModel fit(Examples examples, String trainedOn) {
    int[] all = new int[examples.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return fit(examples, all, trainedOn);
  }

  /**
   * Scores by {@code folds}-fold cross-validation: each fold is scored by a model fitted to the
   * others. Examples are dealt to folds in turn within each label, so every fold holds each label.
   */
  public TypeScores crossValidate(Examples examples, int folds, IntConsumer foldsDone) {
    int[] fold = new int[examples.size()];
    int[] dealt = new int[TypeLabel.COUNT];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = dealt[examples.labels()[i]]++ % folds;
    }
    TypeScores scores = new TypeScores();
    for (int f = 0; f < folds; f++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        (fold[i] == f ? test : train).add(i);
      }
      TypeModel model = fit(examples, train.stream().mapToInt(Integer::intValue).toArray(),
          "fold " + (f + 1));
      for (int i : test) {
        TypeGuess guess = new TypeGuess(
            model.probabilities(examples.features()[i], examples.wordIndices()[i]));
        scores.add(TypeLabel.at(examples.labels()[i]), guess.best().label());
      }
      foldsDone.accept(f + 1);
    }
    return scores;
  }

  private TypeModel fit(Examples examples, int[] rows, String trainedOn) {
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
    for (int r = 0; r < rows.length; r++) {
      weight[r] = Math.sqrt((double) most / count[y[r]]);
    }
    return new TypeModel(embedder.name(), signals.id(), trainedOn, examples.digest(), mean, scale,
        examples.words(), SoftmaxRegression.train(x, words, examples.words().size(), y, weight,
            TypeLabel.COUNT, settings));
  }

}
