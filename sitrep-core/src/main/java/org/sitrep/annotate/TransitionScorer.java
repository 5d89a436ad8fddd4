package org.sitrep.annotate;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DelegatingClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores the transitions of CoreNLP's neural dependency parser: the same network over the same
 * weights (a hidden layer of the cubes of a sum over the 48 features of a parser state, then a
 * linear layer with a score per transition), computed in floats and laid out so that the JIT
 * turns its loops into vector instructions.
 *
 * <p>Why: the parse was half of Sitrep's extraction time. CoreNLP sums each feature's hidden-layer
 * vector into doubles and takes the last layer as a dot product per transition; its rows are read
 * at an offset the JIT cannot prove apart from the array it writes, so neither loop is
 * vectorised. Here every loop reads and writes its arrays at the same index, and the last layer
 * is four hidden units at a time over all transitions. Alternating the two on the dev articles'
 * sentences, this parses them in about a quarter of the time, and every one of them the same way
 * ({@code TransitionScorerIT} checks the shipped examples and sentences written for it).
 *
 * <p>The contributions of the most frequent features (the parser's own list) are computed at
 * load; others when first met, and kept up to a bound where threads read them without a lock
 * (CoreNLP keeps its cache under one lock, which made two threads wait for each other). A vector
 * is the same whether it was computed at load, on first use or read again.
 */
final class TransitionScorer {
  /** Features per parser state: 18 words, 18 tags, 12 arc labels, in CoreNLP's order. */
  private static final int FEATURES = 48;
  private static final VarHandle VECTOR = MethodHandles.arrayElementVarHandle(float[][].class);
  /**
   * The feature that holds the tag of the third word down the stack (CoreNLP's order: words, then
   * tags, each of the stack's top three deepest first, then the buffer's first three).
   */
  private static final int THIRD_ON_STACK_TAG = 18;

  private final int hidden;
  private final int transitions;
  private final int dimensions;
  private final float[][] embeddings;
  /** For each feature position and embedding dimension, its column of the first layer. */
  private final float[][] columns;
  private final float[] bias;
  /** For each hidden unit, its weight in every transition's score. */
  private final float[][] output;
  /**
   * Each feature's vector, at its key ({@code value * 48 + position}), once computed: an array
   * index in place of a hash look-up, 48 references per word, tag and label. Read with acquire
   * and written with release, so that a thread that sees a vector sees all of it.
   */
  private final float[][] vectors;
  private final AtomicInteger kept = new AtomicInteger();
  private final int keepAtMost;
  /** The tag feature's value where the stack has no word at that depth; -1 when unknown. */
  private final int noTag;

  /**
   * @param embeddings a vector per word, tag and label
   * @param firstLayer hidden units by the features' embeddings side by side
   * @param bias the hidden units' bias
   * @param lastLayer transitions by hidden units
   * @param frequentFeatures feature keys ({@code value * 48 + position}) to compute at once
   * @param keepAtMost how many other features' vectors to keep once computed
   * @param noTag the tag feature's value for a place on the stack that holds no word, or -1 to
   *     score every state
   */
  TransitionScorer(float[][] embeddings, float[][] firstLayer, float[] bias, float[][] lastLayer,
      List<Integer> frequentFeatures, int keepAtMost, int noTag) {
    this.embeddings = embeddings;
    this.bias = bias.clone();
    this.hidden = firstLayer.length;
    this.dimensions = embeddings[0].length;
    if (firstLayer[0].length != FEATURES * dimensions || bias.length != hidden
        || lastLayer[0].length != hidden) {
      throw new IllegalArgumentException("the parser's layers do not fit " + FEATURES
          + " features of " + dimensions + " dimensions and " + hidden + " hidden units");
    }
    this.columns = new float[FEATURES * dimensions][hidden];
    for (int k = 0; k < hidden; k++) {
      for (int c = 0; c < columns.length; c++) {
        columns[c][k] = firstLayer[k][c];
      }
    }
    this.transitions = lastLayer.length;
    this.output = new float[hidden][transitions];
    for (int t = 0; t < transitions; t++) {
      for (int k = 0; k < hidden; k++) {
        output[k][t] = lastLayer[t][k];
      }
    }
    this.keepAtMost = keepAtMost;
    this.noTag = noTag;
    this.vectors = new float[embeddings.length * FEATURES][];
    for (int key : frequentFeatures) {
      vectors[key] = contribution(key / FEATURES, key % FEATURES);
    }
  }

  /**
   * The score of every transition, in the parser's order, for a state's feature values; all zero
   * for a state with one legal move.
   *
   * <p>While the stack holds the root and at most one word, CoreNLP's arc-standard parser has one
   * legal move (shift, or the last arc from the root once every word is read), and it takes the
   * legal move that scores highest: the scores cannot change its choice. Skipping them saves a
   * fifth of the parse's time on news sentences (docs/evaluation.md).
   */
  double[] scores(int[] features) {
    if (features[THIRD_ON_STACK_TAG] == noTag) {
      return new double[transitions];
    }
    float[] sum = new float[hidden];
    for (int position = 0; position < features.length; position++) {
      float[] v = contributionOf(features[position], position);
      for (int k = 0; k < hidden; k++) {
        sum[k] += v[k];
      }
    }
    for (int k = 0; k < hidden; k++) {
      float a = sum[k] + bias[k];
      sum[k] = a * a * a;
    }
    float[] scores = new float[transitions];
    int k = 0;
    // Four hidden units per pass over the transitions: a quarter of the loads and stores of the
    // scores, and still a loop the JIT vectorises (eight were slower).
    for (; k + 4 <= hidden; k += 4) {
      float c0 = sum[k];
      float c1 = sum[k + 1];
      float c2 = sum[k + 2];
      float c3 = sum[k + 3];
      float[] w0 = output[k];
      float[] w1 = output[k + 1];
      float[] w2 = output[k + 2];
      float[] w3 = output[k + 3];
      for (int t = 0; t < transitions; t++) {
        scores[t] += w0[t] * c0 + w1[t] * c1 + w2[t] * c2 + w3[t] * c3;
      }
    }
    for (; k < hidden; k++) {
      float c = sum[k];
      float[] w = output[k];
      for (int t = 0; t < transitions; t++) {
        scores[t] += w[t] * c;
      }
    }
    double[] result = new double[transitions];
    for (int t = 0; t < transitions; t++) {
      result[t] = scores[t];
    }
    return result;
  }

  private float[] contributionOf(int value, int position) {
    int key = value * FEATURES + position;
    float[] v = (float[]) VECTOR.getAcquire(vectors, key);
    if (v == null) {
      v = contribution(value, position);
      // Past the bound a vector is computed on each use. Two threads may both compute one; both
      // get the same numbers, and a vector stored twice is counted twice, which only tightens it.
      if (kept.get() < keepAtMost) {
        kept.incrementAndGet();
        VECTOR.setRelease(vectors, key, v);
      }
    }
    return v;
  }

  /** What one feature adds to the hidden units: its embedding through its block of the layer. */
  private float[] contribution(int value, int position) {
    float[] v = new float[hidden];
    float[] embedding = embeddings[value];
    int first = position * dimensions;
    for (int d = 0; d < dimensions; d++) {
      float x = embedding[d];
      float[] column = columns[first + d];
      for (int k = 0; k < hidden; k++) {
        v[k] += column[k] * x;
      }
    }
    return v;
  }

  /**
   * Puts a scorer into {@code parser} in place of CoreNLP's, once (the parser is shared: CoreNLP
   * keeps one per model and settings). Returns false, leaving the parser as it was, when this
   * CoreNLP release no longer has the fields read here; it then parses as before, only slower.
   *
   * @param frequentCount how many of the parser's most frequent features to compute at once
   * @param keepAtMost how many vectors of other features met while parsing to keep
   */
  static boolean install(DependencyParser parser, int frequentCount, int keepAtMost) {
    synchronized (parser) {
      try {
        Field classifierField = field(DependencyParser.class, "classifier");
        Classifier stock = (Classifier) classifierField.get(parser);
        if (stock instanceof DelegatingClassifier) {
          return true;
        }
        Config config = (Config) field(DependencyParser.class, "config").get(parser);
        List<Integer> listed = integers(field(DependencyParser.class, "preComputed").get(parser));
        List<Integer> frequent = listed.subList(0, Math.min(listed.size(), frequentCount));
        TransitionScorer scorer = new TransitionScorer(stock.getE(), stock.getW1(), stock.getb1(),
            stock.getW2(), frequent, keepAtMost, noTag(parser));
        Classifier ours = new DelegatingClassifier(config, stock, scorer::scores);
        dropTrainingState(ours);
        classifierField.set(parser, ours);
        return true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }
  }

  /**
   * The value of a tag feature for a place in the parser's state that holds no word, or -1 when
   * this CoreNLP release keeps its tags otherwise (every state is then scored).
   */
  static int noTag(DependencyParser parser) {
    try {
      Map<?, ?> tags = (Map<?, ?>) field(DependencyParser.class, "posIDs").get(parser);
      return tags.get(Config.NULL) instanceof Integer id ? id : -1;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * CoreNLP's classifier allocates gradient histories for training (doubles the size of every
   * weight, more than 100 MB) even when it only parses; nothing on the parse reads them.
   */
  private static void dropTrainingState(Classifier classifier) {
    for (String name : List.of("eg2E", "eg2W1", "eg2W2", "eg2b1")) {
      try {
        field(Classifier.class, name).set(classifier, null);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Only memory is at stake.
      }
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> integers(Object list) {
    return (List<Integer>) list;
  }
}
