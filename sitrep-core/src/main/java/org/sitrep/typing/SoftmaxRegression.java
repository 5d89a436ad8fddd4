package org.sitrep.typing;

import java.util.Random;

/**
 * Multinomial logistic regression: one weight vector per class, probabilities by softmax, trained
 * by mini-batch gradient descent with Adam and an L2 penalty. Small enough to read in one sitting;
 * its probabilities are calibrated in the sense logistic regression's are (they are what the
 * log-loss it minimises makes them), which is what a confidence needs.
 *
 * <p>An example is a dense vector (the embedding and the signals, standardised) and a sparse set
 * of present words ({@link WordFeatures}), each word worth 1/&radic;(words present) so that a long
 * passage does not outvote its embedding. A word's weights move only in the batches that hold it
 * (Adam's lazy form): tens of thousands of words would otherwise cost every step.
 *
 * <p>The learning rate falls in a straight line to zero over the training steps. At a constant
 * rate the weights never settle: the last batches move them, so models trained on the same
 * examples shuffled by three seeds scored 0.55 to 0.86 weighted F1 on a set none had seen. Falling
 * to zero, they end near the one minimum of this convex loss, whatever the order (0.69 to 0.71).
 */
final class SoftmaxRegression {
  /**
   * How training runs; the defaults were chosen by cross-validation on Sitrep's training set
   * ({@code sitrep train --gold training/types}: the words' penalty 1e-5 gave 0.914 weighted F1,
   * 1e-4 and 1e-6 0.890, the embedding's 1e-3 for words 0.883).
   */
  record Settings(int epochs, int batch, double learningRate, double l2, double wordL2, long seed) {
    static final Settings DEFAULT = new Settings(40, 32, 0.005, 1e-3, 1e-5, 20261130L);
  }

  private final float[][] weights; // [class][feature + 1], the bias last
  private final float[][] wordWeights; // [class][word]

  SoftmaxRegression(float[][] weights, float[][] wordWeights) {
    this.weights = weights;
    this.wordWeights = wordWeights;
  }

  float[][] weights() {
    return weights;
  }

  float[][] wordWeights() {
    return wordWeights;
  }

  int words() {
    return wordWeights.length == 0 ? 0 : wordWeights[0].length;
  }

  int classes() {
    return weights.length;
  }

  /**
   * Fits weights to standardised features {@code x} with labels {@code y}, each example counted
   * {@code weight[i]} times.
   */
  static SoftmaxRegression train(float[][] x, int[][] words, int vocabulary, int[] y,
      double[] weight, int classes, Settings settings) {
    int n = x.length;
    int d = x[0].length;
    double[][] w = new double[classes][d + 1];
    double[][] m = new double[classes][d + 1];
    double[][] v = new double[classes][d + 1];
    double[][] grad = new double[classes][d + 1];
    WordWeights ww = new WordWeights(classes, vocabulary);
    double[] p = new double[classes];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    double beta1 = 0.9;
    double beta2 = 0.999;
    long step = 0;
    long steps = (long) settings.epochs() * ((n + settings.batch() - 1) / settings.batch());
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int start = 0; start < n; start += settings.batch()) {
        int end = Math.min(n, start + settings.batch());
        for (double[] g : grad) {
          java.util.Arrays.fill(g, 0);
        }
        double total = 0;
        for (int b = start; b < end; b++) {
          int i = order[b];
          probabilities(w, x[i], ww, words[i], p);
          double value = wordValue(words[i]);
          for (int k = 0; k < classes; k++) {
            double err = (p[k] - (y[i] == k ? 1 : 0)) * weight[i];
            if (err == 0) {
              continue;
            }
            double[] g = grad[k];
            float[] xi = x[i];
            for (int j = 0; j < d; j++) {
              g[j] += err * xi[j];
            }
            g[d] += err;
            ww.gradient(k, words[i], err * value);
          }
          total += weight[i];
        }
        double rate = settings.learningRate() * (1 - (double) step / steps);
        step++;
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        ww.step(total, settings, rate, correction1, correction2);
        for (int k = 0; k < classes; k++) {
          for (int j = 0; j <= d; j++) {
            double g = grad[k][j] / total + (j < d ? settings.l2() * w[k][j] : 0);
            m[k][j] = beta1 * m[k][j] + (1 - beta1) * g;
            v[k][j] = beta2 * v[k][j] + (1 - beta2) * g * g;
            w[k][j] -= rate * (m[k][j] / correction1)
                / (Math.sqrt(v[k][j] / correction2) + 1e-8);
          }
        }
      }
    }
    float[][] out = new float[classes][d + 1];
    for (int k = 0; k < classes; k++) {
      for (int j = 0; j <= d; j++) {
        out[k][j] = (float) w[k][j];
      }
    }
    return new SoftmaxRegression(out, ww.weights());
  }

  /** What each present word counts for: 1/&radic;(words present). */
  static double wordValue(int[] words) {
    return words.length == 0 ? 0 : 1 / Math.sqrt(words.length);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private static void probabilities(double[][] w, float[] x, WordWeights ww, int[] words,
      double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    int d = x.length;
    double value = wordValue(words);
    for (int k = 0; k < w.length; k++) {
      double s = w[k][d];
      double[] wk = w[k];
      for (int j = 0; j < d; j++) {
        s += wk[j] * x[j];
      }
      s += value * ww.sum(k, words);
      p[k] = s;
      max = Math.max(max, s);
    }
    softmax(p, max);
  }

  /** The class probabilities of one standardised feature vector and its words. */
  double[] probabilities(float[] x, int[] words) {
    double[] p = new double[weights.length];
    double max = Double.NEGATIVE_INFINITY;
    int d = x.length;
    double value = wordValue(words);
    for (int k = 0; k < weights.length; k++) {
      float[] wk = weights[k];
      double s = wk[d];
      for (int j = 0; j < d; j++) {
        s += wk[j] * x[j];
      }
      if (words.length > 0) {
        float[] wordsK = wordWeights[k];
        for (int word : words) {
          s += value * wordsK[word];
        }
      }
      p[k] = s;
      max = Math.max(max, s);
    }
    softmax(p, max);
    return p;
  }

  private static void softmax(double[] p, double max) {
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.exp(p[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
  }
}
