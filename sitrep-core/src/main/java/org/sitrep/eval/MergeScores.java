package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall of "same event" predictions over labelled pairs, and the pairs predicted
 * wrong with the decision's reason. Not thread-safe: one scorer per run, filled in pair order.
 */
public final class MergeScores {
  /** A pair predicted wrong: its id, what the label said, and why the decision went the other way. */
  public record Wrong(String id, boolean labelledSame, String reason) {}

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int trueNegatives;
  private final List<Wrong> wrong = new ArrayList<>();

  public void add(MergePair pair, boolean predictedSame, String reason) {
    if (pair.same() && predictedSame) {
      truePositives++;
    } else if (predictedSame) {
      falsePositives++;
    } else if (pair.same()) {
      falseNegatives++;
    } else {
      trueNegatives++;
    }
    if (pair.same() != predictedSame) {
      wrong.add(new Wrong(pair.id(), pair.same(), reason));
    }
  }

  public int n() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  /** Of the pairs predicted "same", the share labelled so; 0 with none predicted. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** Of the pairs labelled "same", the share predicted so. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    return ratio(truePositives + trueNegatives, n());
  }

  public List<Wrong> wrong() {
    return List.copyOf(wrong);
  }

  private static double ratio(int x, int y) {
    return y == 0 ? 0 : (double) x / y;
  }
}
