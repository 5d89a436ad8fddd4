package org.sitrep.typing;

/** A type model that cannot be read or used; the message names the file and the problem. */
public final class TypeModelException extends RuntimeException {
  public TypeModelException(String message) {
    super(message);
  }

  public TypeModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
