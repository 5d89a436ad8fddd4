package org.sitrep.store;

import java.util.Objects;

/**
 * A search filter with a value it cannot take. {@link #parameter()} names the filter as users
 * spell it ({@code bbox}, {@code limit}), so that the REST API can answer 400 naming it and the
 * command line can name the option.
 */
public final class InvalidFilterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  /**
   * @param parameter the filter's name, e.g. {@code "bbox"}
   * @param message one line that says what is wrong and what is expected
   */
  public InvalidFilterException(String parameter, String message) {
    super(message);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  public String parameter() {
    return parameter;
  }
}
