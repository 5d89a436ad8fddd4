package org.sitrep.ingest.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How Sitrep behaves as a web client. The defaults suit news sites: a page is far below 20 MB, a
 * site that has not answered in 30 s will not, and one request per second to one host is polite.
 *
 * <pre>{@code
 * PageFetcher fetcher = new PageFetcher(FetchSettings.defaults().withUserAgent("Sitrep/1.0"));
 * }</pre>
 *
 * @param userAgent sent with every request, so that a site's operator can tell who is reading
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a response once connected
 * @param maxBytes the largest page or feed read (after gzip is undone); larger is a problem
 * @param maxRedirects how many redirects one fetch follows
 * @param politeDelay the least time between the end of one request to a host and the next
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    int maxBytes,
    int maxRedirects,
    Duration politeDelay) {
  /** What the default user agent says Sitrep is, for a site's operator reading their logs. */
  private static final String CONTACT = "open-source conflict news reader";

  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(politeDelay, "politeDelay");
    if (maxBytes < 1 || maxRedirects < 0) {
      throw new IllegalArgumentException("maxBytes must be positive, maxRedirects not negative");
    }
  }

  /** 10 s to connect, 30 s to answer, 20 MB, 5 redirects, 1 s between requests to one host. */
  public static FetchSettings defaults() {
    return new FetchSettings(userAgent(version()), Duration.ofSeconds(10),
        Duration.ofSeconds(30), 20 * 1024 * 1024, 5, Duration.ofSeconds(1));
  }

  /**
   * "Sitrep/0.1.0 (open-source conflict news reader)": the user agent for this version. It names
   * no address: the project has none of its own yet, and an invented one would mislead.
   */
  public static String userAgent(String version) {
    return "Sitrep/" + version + " (" + CONTACT + ")";
  }

  public FetchSettings withUserAgent(String agent) {
    return new FetchSettings(agent, connectTimeout, readTimeout, maxBytes, maxRedirects,
        politeDelay);
  }

  public FetchSettings withTimeouts(Duration connect, Duration read) {
    return new FetchSettings(userAgent, connect, read, maxBytes, maxRedirects, politeDelay);
  }

  public FetchSettings withMaxBytes(int bytes) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, bytes, maxRedirects,
        politeDelay);
  }

  public FetchSettings withPoliteDelay(Duration delay) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects,
        delay);
  }

  /** The jar's version when the manifest says it, else "dev" (classes run from a build tree). */
  private static String version() {
    String version = FetchSettings.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }
}
