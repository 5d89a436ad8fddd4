package org.sitrep.ingest;

/**
 * A user's input that cannot be read. The message is one line that names the input and the
 * problem, fit to print as it is.
 */
public final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public InputProblem(String input, String problem) {
    super(input + ": " + problem);
  }
}
