package org.sitrep.actor;

/**
 * An actor table Sitrep cannot use; the message names the table, the line and the problem, e.g.
 * "mine.tsv:12: inter code must be 0-8, was 9".
 */
public final class ActorTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  ActorTableException(String message) {
    super(message);
  }
}
