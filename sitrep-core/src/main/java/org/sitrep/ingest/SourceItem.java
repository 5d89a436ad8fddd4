package org.sitrep.ingest;

/**
 * One item of an input: an article to read, or one that cannot be, as data, so that a bad record
 * in a feed or a crawl is reported by its id while the others go on.
 */
public sealed interface SourceItem {
  /** The item's id: a path, URL, or "crawl.warc.gz#record-id", fit to name it in a message. */
  String id();

  record Found(ArticleInput input) implements SourceItem {
    @Override
    public String id() {
      return input.id();
    }
  }

  /** @param problem what is wrong, without the id: "truncated gzip stream" */
  record Broken(String id, String problem) implements SourceItem {
    /** The one-line message for the user, as {@link InputProblem} words it. */
    public String message() {
      return id + ": " + problem;
    }
  }
}
