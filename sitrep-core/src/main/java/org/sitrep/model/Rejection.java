package org.sitrep.model;

import java.util.Objects;

/**
 * A candidate that did not become an event, and why: a modality ("future", "negated", …) or a
 * missing argument ("no actor"); {@code cue} is the word that decided it, or empty.
 */
public record Rejection(Evidence trigger, Evidence sentence, String reason, String cue) {
  public Rejection {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(cue, "cue");
  }
}
