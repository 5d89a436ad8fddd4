package org.sitrep.ingest.feed;

/** Bytes that are not a feed Sitrep reads; the message says what they are instead, one line. */
public final class NotAFeed extends Exception {
  private static final long serialVersionUID = 1L;

  public NotAFeed(String problem) {
    super("not a feed: " + problem);
  }
}
