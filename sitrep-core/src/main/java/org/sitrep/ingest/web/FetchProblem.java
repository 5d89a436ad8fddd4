package org.sitrep.ingest.web;

/**
 * A URL that could not be fetched. The message is one line naming the URL as the user gave it:
 * "https://example.org/a: HTTP 500", "https://example.org/a: timed out after 30 s".
 */
public final class FetchProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String url;
  private final String problem;
  private final boolean transientFailure;

  /**
   * @param transientFailure trying again later may succeed (a timeout, a 503, a refused
   *     connection); a 404 or a redirect loop will not
   */
  public FetchProblem(String url, String problem, boolean transientFailure) {
    super(url + ": " + problem);
    this.url = url;
    this.problem = problem;
    this.transientFailure = transientFailure;
  }

  public String url() {
    return url;
  }

  /** What went wrong, without the URL. */
  public String problem() {
    return problem;
  }

  /** Whether a later try may succeed, so a poller should not give the item up. */
  public boolean isTransient() {
    return transientFailure;
  }
}
