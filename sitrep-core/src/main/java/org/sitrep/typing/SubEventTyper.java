package org.sitrep.typing;

import java.util.List;
import java.util.Optional;

/**
 * The coding stage's learned reader of event types, beside the trigger rules: for each passage,
 * whether it reports an event of ACLED's kind and of which sub-event type, with probabilities.
 */
public interface SubEventTyper {
  /** One guess per passage, in order; passages are read in one batch. Thread-safe. */
  List<TypeGuess> guess(List<String> passages);

  /**
   * The guess for one passage when every model reading it is at least {@code bar} sure that it
   * reports an event ({@link TypeGuess#leastEventProbability}), else nothing. A typer of several
   * models stops at the first that is not sure, so that a detector, which most sentences fail,
   * pays for the others only on the sentences that pass the first.
   */
  default Optional<TypeGuess> guessIfSureOfAnEvent(String passage, double bar) {
    TypeGuess guess = guess(List.of(passage)).get(0);
    return guess.leastEventProbability() >= bar ? Optional.of(guess) : Optional.empty();
  }
}
