package org.sitrep.ingest;

/** What the bytes of one article are, and so which reader turns them into text. */
public enum InputKind {
  /** Plain text, UTF-8. */
  TEXT,
  /** A web page. */
  HTML
}
