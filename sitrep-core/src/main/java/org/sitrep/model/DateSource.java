package org.sitrep.model;

/**
 * Where an article's publication date came from, most trusted first. Every "on Tuesday" in the
 * article is resolved against that date, so its provenance is part of the evidence.
 */
public enum DateSource {
  /** The user said so ({@code --published}, or the date column of their CSV). */
  GIVEN("given"),
  /** The container the page came in: a JSON Lines field, a feed item, an HTTP or WARC header. */
  CONTAINER("container"),
  /** Structured data in the page: JSON-LD {@code datePublished}. */
  JSON_LD("json-ld"),
  /** A meta tag: OpenGraph {@code article:published_time}, {@code date}, Dublin Core and the like. */
  META("meta"),
  /** An HTML {@code <time datetime>} element. */
  TIME_ELEMENT("time"),
  /** A date in the URL's path, as many news sites write one. */
  URL("url"),
  /** A date written in the visible text near the top of the page. */
  TEXT("text"),
  /** No date is known. */
  NONE("none");

  private final String label;

  DateSource(String label) {
    this.label = label;
  }

  /** The name used in output: {@code published_from} and the evidence. */
  public String label() {
    return label;
  }
}
