package org.sitrep.typing;

import java.util.List;

/**
 * The coding stage's learned reader of event types, beside the trigger rules: for each passage,
 * whether it reports an event of ACLED's kind and of which sub-event type, with probabilities.
 */
public interface SubEventTyper {
  /** One guess per passage, in order; passages are read in one batch. Thread-safe. */
  List<TypeGuess> guess(List<String> passages);
}
