package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typers that each read every passage and whose probabilities are averaged. Models over
 * differently tuned encoders err in different places, so their mean is surer where they agree
 * and hedges where they do not; the shipped typer is two such models (docs/evaluation.md,
 * "Two encoders that vote").
 */
public final class AveragedTyper implements SubEventTyper {
  private final List<SubEventTyper> members;

  public AveragedTyper(List<SubEventTyper> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no typer to average");
    }
    this.members = List.copyOf(members);
  }

  /**
   * Sitrep's default typer: the shipped model over the encoder as shipped and the one over the
   * encoder tuned on the training set, averaged. Loads two encoders, a few seconds. The model
   * over the encoder as shipped reads first: it is sure of an event less often, so the detector
   * stops at it on more sentences ({@link #guessIfSureOfAnEvent}).
   */
  public static AveragedTyper loadDefault() {
    return new AveragedTyper(List.of(ModelTyper.loadShipped(TypeModel.SHIPPED),
        ModelTyper.loadShipped(TypeModel.SHIPPED_TUNED)));
  }

  /** The models in these files ({@code sitrep train}), averaged. */
  public static AveragedTyper load(List<java.nio.file.Path> files) {
    return new AveragedTyper(files.stream().<SubEventTyper>map(ModelTyper::load).toList());
  }

  @Override
  public List<TypeGuess> guess(List<String> passages) {
    List<List<TypeGuess>> readings = new ArrayList<>(members.size());
    for (SubEventTyper member : members) {
      readings.add(member.guess(passages));
    }
    List<TypeGuess> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      int passage = i;
      out.add(mean(readings.stream().map(r -> r.get(passage)).toList()));
    }
    return out;
  }

  @Override
  public Optional<TypeGuess> guessIfSureOfAnEvent(String passage, double bar) {
    List<TypeGuess> readings = new ArrayList<>(members.size());
    for (SubEventTyper member : members) {
      Optional<TypeGuess> reading = member.guessIfSureOfAnEvent(passage, bar);
      if (reading.isEmpty()) {
        return Optional.empty();
      }
      readings.add(reading.get());
    }
    return Optional.of(mean(readings));
  }

  /** The mean of the members' readings of one passage, keeping the least sure's odds of an event. */
  private static TypeGuess mean(List<TypeGuess> readings) {
    double[] sum = new double[TypeLabel.COUNT];
    double least = 1;
    for (TypeGuess reading : readings) {
      for (int k = 0; k < TypeLabel.COUNT; k++) {
        sum[k] += reading.probability(TypeLabel.at(k));
      }
      least = Math.min(least, reading.leastEventProbability());
    }
    for (int k = 0; k < TypeLabel.COUNT; k++) {
      sum[k] /= readings.size();
    }
    return new TypeGuess(sum, least);
  }
}
