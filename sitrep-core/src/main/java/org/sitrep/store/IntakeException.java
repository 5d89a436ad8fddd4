package org.sitrep.store;

import java.util.Objects;

/**
 * An article {@link ArticleIntake} would not or could not take, in one line that names it; nothing
 * of it was stored. The {@link Reason} tells a caller which answer to give (the API: 400 for an
 * unreadable body, 422 for the others).
 */
public final class IntakeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the article was not taken. */
  public enum Reason {
    /** No article text could be read from the input: empty, or a page with no body text. */
    UNREADABLE,
    /** The text is in a language Sitrep does not read. */
    NOT_ENGLISH,
    /** Extraction failed on this article: a bug, reported without its stack trace. */
    FAILED
  }

  private final Reason reason;

  public IntakeException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
