package org.sitrep.server;

/** The address and port to serve on are taken, most often by another server. */
public final class PortInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PortInUseException(String bind, int port, Throwable cause) {
    super("cannot serve on " + bind + ":" + port + ": the port is in use; stop what uses it or"
        + " give --port another", cause);
  }
}
