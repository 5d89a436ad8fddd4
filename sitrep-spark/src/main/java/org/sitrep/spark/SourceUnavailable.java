package org.sitrep.spark;

/**
 * A stream's source that cannot be read at its start (brokers out of reach, no such topic): one
 * line for the user before Spark starts a query that would retry it in silence. Spark-free, so
 * that the command line can catch it without loading Spark.
 */
public final class SourceUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SourceUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
