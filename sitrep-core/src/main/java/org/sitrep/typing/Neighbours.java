package org.sitrep.typing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The training passages' embeddings and labels, which vote on a new passage's type: its nearest
 * few by cosine, each weighed by {@code exp(SHARPNESS * cosine)}.
 *
 * <p>Why, beside the softmax: a linear model over a sentence embedding draws one boundary per
 * type, and a type that is told in several unlike ways (an agreement may be a ceasefire, a
 * prisoner swap or a local pact) is poorly served by it; the passages nearest a new one often
 * tell the same kind of act in nearly the same words. {@code K} and {@code SHARPNESS} are the
 * best of 5-100 voters and sharpness 10-50 in a test that left out each file of
 * {@code training/types} in turn. How much the vote counts is chosen for each training set by
 * {@code sitrep train}'s cross-validation ({@link TypeTrainer#crossValidate}).
 *
 * <p>Stored at one byte a dimension (the embeddings have length 1, so each coordinate lies in
 * [-1, 1] and is kept to within 1/254): ten thousand passages of 384 dimensions take 4 MB.
 */
public final class Neighbours {
  /** How many of the nearest passages vote. */
  static final int K = 5;
  /** How much more a nearer passage's vote counts. */
  static final double SHARPNESS = 10;
  private static final float STEP = 127f;

  private final int dimensions;
  /**
   * The passages' coordinates by dimension: [dimension][passage], as the scoring reads them; each
   * a multiple of 1/{@code STEP}, so the bytes they were stored in come back exactly.
   */
  private final float[][] byDimension;
  private final int[] labels;

  /**
   * @param embeddings one unit-length embedding per passage
   * @param labels each passage's label index
   */
  static Neighbours of(float[][] embeddings, int[] labels) {
    int d = embeddings.length == 0 ? 0 : embeddings[0].length;
    byte[][] stored = new byte[embeddings.length][d];
    for (int i = 0; i < embeddings.length; i++) {
      for (int j = 0; j < d; j++) {
        float x = Math.max(-1f, Math.min(1f, embeddings[i][j]));
        stored[i][j] = (byte) Math.round(x * STEP);
      }
    }
    return new Neighbours(d, stored, labels.clone());
  }

  private Neighbours(int dimensions, byte[][] stored, int[] labels) {
    this.dimensions = dimensions;
    this.labels = labels;
    this.byDimension = new float[dimensions][stored.length];
    for (int i = 0; i < stored.length; i++) {
      for (int j = 0; j < dimensions; j++) {
        byDimension[j][i] = stored[i][j] / STEP;
      }
    }
  }

  int size() {
    return labels.length;
  }

  int dimensions() {
    return dimensions;
  }

  /**
   * The vote of the nearest passages: a probability per label, summing to 1. {@code features}
   * begins with the passage's embedding; what follows it is not read.
   */
  double[] vote(float[] features) {
    return votes(new float[][] {features})[0];
  }

  /**
   * The votes on several passages at once: each column of the table is read once for all of
   * them, while it is in the processor's cache (the table is 15 MB, read from memory once per
   * pass; ten passages at once took half the time each in a scratch test).
   */
  double[][] votes(float[][] features) {
    double[][] votes = new double[features.length][TypeLabel.COUNT];
    int n = labels.length;
    if (n == 0) {
      for (double[] vote : votes) {
        java.util.Arrays.fill(vote, 1.0 / vote.length);
      }
      return votes;
    }
    // At most this many passages at once, so that their cosines stay a few megabytes.
    int batch = 32;
    for (int first = 0; first < features.length; first += batch) {
      int last = Math.min(features.length, first + batch);
      float[][] cosines = new float[last - first][n];
      for (int j = 0; j < dimensions; j++) {
        float[] column = byDimension[j];
        for (int p = first; p < last; p++) {
          float q = features[p][j];
          float[] cosine = cosines[p - first];
          // Every passage at once, reading and writing at one index: the JIT vectorises it.
          for (int i = 0; i < n; i++) {
            cosine[i] += column[i] * q;
          }
        }
      }
      for (int p = first; p < last; p++) {
        tally(cosines[p - first], votes[p]);
      }
    }
    return votes;
  }

  /** The nearest passages' labels, each weighed by its nearness, as probabilities. */
  private void tally(float[] cosine, double[] vote) {
    int n = cosine.length;
    int k = Math.min(K, n);
    int[] nearest = new int[k];
    int found = 0;
    for (int i = 0; i < n; i++) {
      // Insertion into the k best so far, nearest first; ties keep the earlier passage.
      if (found == k && cosine[i] <= cosine[nearest[k - 1]]) {
        continue;
      }
      int at = Math.min(found, k - 1);
      while (at > 0 && cosine[nearest[at - 1]] < cosine[i]) {
        nearest[at] = nearest[at - 1];
        at--;
      }
      nearest[at] = i;
      found = Math.min(found + 1, k);
    }
    double total = 0;
    for (int r = 0; r < found; r++) {
      // Relative to the nearest, so that exp cannot overflow.
      double w = Math.exp(SHARPNESS * (cosine[nearest[r]] - cosine[nearest[0]]));
      vote[labels[nearest[r]]] += w;
      total += w;
    }
    for (int c = 0; c < vote.length; c++) {
      vote[c] /= total;
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(labels.length);
    out.writeInt(dimensions);
    byte[] row = new byte[dimensions];
    for (int i = 0; i < labels.length; i++) {
      out.writeByte(labels[i]);
      for (int j = 0; j < dimensions; j++) {
        row[j] = (byte) Math.round(byDimension[j][i] * STEP);
      }
      out.write(row);
    }
  }

  static Neighbours read(DataInputStream in) throws IOException {
    int n = in.readInt();
    int d = in.readInt();
    if (n < 0 || d < 0 || (long) n * d > Integer.MAX_VALUE) {
      throw new IOException("its passages' table is malformed (" + n + " by " + d + ")");
    }
    byte[][] stored = new byte[n][d];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = in.readUnsignedByte();
      if (labels[i] >= TypeLabel.COUNT) {
        throw new IOException("a passage has label " + labels[i] + ", past the last");
      }
      in.readFully(stored[i]);
    }
    return new Neighbours(d, stored, labels);
  }

  static Neighbours none() {
    return new Neighbours(0, new byte[0][], new int[0]);
  }
}
