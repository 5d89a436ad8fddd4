package org.sitrep.store;

/**
 * The store could not do what was asked: its server would not start, a connection failed, a
 * statement was refused. The message is one line that names what failed and, where there is one,
 * the fix; the cause keeps the driver's details for {@code --verbose}.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
