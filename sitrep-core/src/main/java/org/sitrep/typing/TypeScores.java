package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores of a typer against coders' labels: a confusion table over the 25 sub-event types and
 * "not an event", accuracy, macro and weighted F1 (weighted by each label's count in the gold, as
 * CASE 2021 scored), and precision and recall per label.
 */
public final class TypeScores {
  /** One label's scores; {@code support} is how often the gold has it. */
  public record PerType(TypeLabel label, double precision, double recall, double f1, int support,
      int predicted) {}

  private final int[][] confusion = new int[TypeLabel.COUNT][TypeLabel.COUNT]; // [gold][guess]

  public void add(TypeLabel gold, TypeLabel guess) {
    confusion[gold.index()][guess.index()]++;
  }

  public void addAll(TypeScores other) {
    for (int g = 0; g < TypeLabel.COUNT; g++) {
      for (int p = 0; p < TypeLabel.COUNT; p++) {
        confusion[g][p] += other.confusion[g][p];
      }
    }
  }

  public int count(TypeLabel gold, TypeLabel guess) {
    return confusion[gold.index()][guess.index()];
  }

  public int n() {
    int n = 0;
    for (int[] row : confusion) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  public double accuracy() {
    int right = 0;
    for (int k = 0; k < TypeLabel.COUNT; k++) {
      right += confusion[k][k];
    }
    return n() == 0 ? 0 : (double) right / n();
  }

  /** Every label that the gold or the guesses hold, in the taxonomy's order. */
  public List<PerType> perType() {
    List<PerType> out = new ArrayList<>();
    for (int k = 0; k < TypeLabel.COUNT; k++) {
      int support = 0;
      int predicted = 0;
      for (int j = 0; j < TypeLabel.COUNT; j++) {
        support += confusion[k][j];
        predicted += confusion[j][k];
      }
      if (support == 0 && predicted == 0) {
        continue;
      }
      double precision = predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
      double recall = support == 0 ? 0 : (double) confusion[k][k] / support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      out.add(new PerType(TypeLabel.at(k), precision, recall, f1, support, predicted));
    }
    return out;
  }

  /** The mean F1 over the labels the gold holds. */
  public double macroF1() {
    List<PerType> gold = perType().stream().filter(t -> t.support() > 0).toList();
    return gold.stream().mapToDouble(PerType::f1).average().orElse(0);
  }

  /** F1 per label weighted by its count in the gold. */
  public double weightedF1() {
    double sum = 0;
    int n = 0;
    for (PerType t : perType()) {
      sum += t.f1() * t.support();
      n += t.support();
    }
    return n == 0 ? 0 : sum / n;
  }
}
