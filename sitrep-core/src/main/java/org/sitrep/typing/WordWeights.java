package org.sitrep.typing;

import java.util.Arrays;

/**
 * The word weights of a {@link SoftmaxRegression} while it trains, with Adam's moments. A step
 * moves only the words the batch held (Adam's lazy form), with the L2 penalty on those words:
 * the cost of a step follows the batch's words, not the vocabulary.
 */
final class WordWeights {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;

  private final int classes;
  private final double[][] w;
  private final double[][] m;
  private final double[][] v;
  private final double[][] grad;
  private final boolean[] touched;
  private int[] touchedList = new int[256];
  private int touchedCount;

  WordWeights(int classes, int vocabulary) {
    this.classes = classes;
    this.w = new double[classes][vocabulary];
    this.m = new double[classes][vocabulary];
    this.v = new double[classes][vocabulary];
    this.grad = new double[classes][vocabulary];
    this.touched = new boolean[vocabulary];
  }

  double sum(int k, int[] words) {
    double s = 0;
    double[] wk = w[k];
    for (int word : words) {
      s += wk[word];
    }
    return s;
  }

  void gradient(int k, int[] words, double amount) {
    double[] g = grad[k];
    for (int word : words) {
      g[word] += amount;
      if (!touched[word]) {
        touched[word] = true;
        if (touchedCount == touchedList.length) {
          touchedList = Arrays.copyOf(touchedList, touchedCount * 2);
        }
        touchedList[touchedCount++] = word;
      }
    }
  }

  /** One Adam step over the words touched since the last, their gradients summed over {@code total}. */
  void step(double total, SoftmaxRegression.Settings settings, double rate, double correction1,
      double correction2) {
    for (int t = 0; t < touchedCount; t++) {
      int j = touchedList[t];
      touched[j] = false;
      for (int k = 0; k < classes; k++) {
        double g = grad[k][j] / total + settings.wordL2() * w[k][j];
        grad[k][j] = 0;
        m[k][j] = BETA1 * m[k][j] + (1 - BETA1) * g;
        v[k][j] = BETA2 * v[k][j] + (1 - BETA2) * g * g;
        w[k][j] -= rate * (m[k][j] / correction1)
            / (Math.sqrt(v[k][j] / correction2) + 1e-8);
      }
    }
    touchedCount = 0;
  }

  float[][] weights() {
    float[][] out = new float[classes][w.length == 0 ? 0 : w[0].length];
    for (int k = 0; k < classes; k++) {
      for (int j = 0; j < out[k].length; j++) {
        out[k][j] = (float) w[k][j];
      }
    }
    return out;
  }
}
