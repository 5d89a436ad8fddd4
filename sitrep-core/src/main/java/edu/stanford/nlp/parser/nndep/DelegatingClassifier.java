package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A parser classifier whose transition scores come from a function it is given. This is Sitrep's
 * code, in CoreNLP's package only because the parser asks its classifier for scores through a
 * method visible inside that package alone; the function (Sitrep's {@code TransitionScorer})
 * computes the same network over the same weights, laid out so that the JIT vectorises it.
 *
 * <p>It shares the stock classifier's weights (nothing is copied) and pre-computes nothing of its
 * own, so only the parse goes through it: saving or training a model is not supported.
 */
public final class DelegatingClassifier extends Classifier {
  private final Function<int[], double[]> scores;

  /**
   * @param config the parser's settings
   * @param stock the classifier the parser loaded, whose weights this one shares
   * @param scores the scores of every transition, in the parser's order, for a feature array
   */
  public DelegatingClassifier(Config config, Classifier stock, Function<int[], double[]> scores) {
    super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
    this.scores = Objects.requireNonNull(scores, "scores");
  }

  @Override
  double[] computeScores(int[] features) {
    return scores.apply(features);
  }
}
