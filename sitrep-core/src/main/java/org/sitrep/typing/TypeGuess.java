package org.sitrep.typing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A typer's reading of one passage: a probability for each sub-event type and for "not an
 * event", summing to 1.
 */
public final class TypeGuess {
  /** One label with its probability. */
  public record Scored(TypeLabel label, double probability) {}

  private final double[] probabilities;
  private final double leastEventProbability;

  public TypeGuess(double[] probabilities) {
    this(probabilities, 1 - probabilities[TypeLabel.NONE.index()]);
  }

  /**
   * The reading of several models, averaged ({@link AveragedTyper}).
   *
   * @param leastEventProbability the lowest probability of an event any of them gave
   */
  TypeGuess(double[] probabilities, double leastEventProbability) {
    if (probabilities.length != TypeLabel.COUNT) {
      throw new IllegalArgumentException("expected " + TypeLabel.COUNT + " probabilities");
    }
    this.probabilities = probabilities.clone();
    this.leastEventProbability = leastEventProbability;
  }

  public double probability(TypeLabel label) {
    return probabilities[label.index()];
  }

  /** The probability that the passage reports an event of ACLED's kind at all. */
  public double eventProbability() {
    return 1 - probabilities[TypeLabel.NONE.index()];
  }

  /**
   * The lowest probability of an event that any model reading the passage gave: the event
   * probability itself when one model read it. Where the models must all be sure (the detector
   * overruling the rules' silence), one model's overconfidence does not carry the others.
   */
  public double leastEventProbability() {
    return leastEventProbability;
  }

  public Scored best() {
    return top(1).get(0);
  }

  /** The best event type, when "not an event" is set aside. */
  public Scored bestEvent() {
    int best = 0;
    for (int i = 1; i < TypeLabel.NONE.index(); i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return new Scored(TypeLabel.at(best), probabilities[best]);
  }

  /** The {@code k} most probable labels, most probable first. */
  public List<Scored> top(int k) {
    List<Scored> all = new ArrayList<>();
    for (int i = 0; i < probabilities.length; i++) {
      all.add(new Scored(TypeLabel.at(i), probabilities[i]));
    }
    all.sort(Comparator.comparingDouble(Scored::probability).reversed());
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  /**
   * The three likeliest labels with their probabilities, as evidence notes give them: "Air/drone
   * strike 0.91, Shelling/artillery/missile attack 0.05, Armed clash 0.01".
   */
  public String topThree() {
    return top(3).stream()
        .map(s -> s.label().label() + " " + String.format(Locale.ROOT, "%.2f", s.probability()))
        .collect(Collectors.joining(", "));
  }
}
