package org.sitrep.store;

/** A correction of an event that cannot be made as asked; {@link #field} names the bad value. */
public final class InvalidCorrectionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidCorrectionException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field as the API spells it, e.g. {@code fatalities}, {@code reason}. */
  public String field() {
    return field;
  }
}
