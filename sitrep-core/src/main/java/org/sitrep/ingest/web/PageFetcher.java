package org.sitrep.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Fetches web pages and feeds the user named, politely: one request at a time per host with a
 * pause between them, a user agent that names Sitrep, redirects followed by hand (at most {@link
 * FetchSettings#maxRedirects}, never in a loop), gzip, and a size limit. Every failure is a {@link
 * FetchProblem} with one line naming the URL. Thread-safe; share one per run so the politeness
 * holds across inputs.
 *
 * <pre>{@code
 * PageFetcher fetcher = new PageFetcher(FetchSettings.defaults());
 * FetchedPage page = fetcher.fetch("https://example.org/news/1");
 * }</pre>
 */
public final class PageFetcher {
  /** Ends reads of bodies that stall; one daemon thread for every fetcher of the process. */
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sitrep-fetch-watchdog");
        thread.setDaemon(true);
        return thread;
      });

  private final FetchSettings settings;
  private final HttpClient client;
  private final HostGates gates;

  public PageFetcher(FetchSettings settings) {
    this.settings = settings;
    // Redirects by hand: to count them, to see loops, and to take each host's turn.
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.gates = new HostGates(settings.politeDelay());
  }

  public FetchSettings settings() {
    return settings;
  }

  public FetchedPage fetch(String url) throws FetchProblem {
    return fetch(url, CacheValidators.NONE);
  }

  /**
   * Fetches {@code url}, sending {@code since} so that an unchanged resource comes back as {@link
   * FetchedPage#notModified()} without a body.
   */
  public FetchedPage fetch(String url, CacheValidators since) throws FetchProblem {
    URI at = parse(url, url);
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      visited.add(at);
      Response response = once(url, at, since);
      int status = response.status();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.location()
            .orElseThrow(() -> new FetchProblem(url, "HTTP " + status + " without a Location",
                false));
        URI next = parse(url, at.resolve(location.strip()).toString());
        if (visited.contains(next)) {
          throw new FetchProblem(url, "redirect loop at " + next, false);
        }
        if (hop >= settings.maxRedirects()) {
          throw new FetchProblem(url, "more than " + settings.maxRedirects() + " redirects",
              false);
        }
        at = next;
        continue;
      }
      if (status == 304 && since.isEmpty()) {
        throw new FetchProblem(url, "HTTP 304 to a request that asked for no cache check", false);
      }
      if (status >= 400 || status < 200) {
        throw new FetchProblem(url, HttpStatus.describe(status), HttpStatus.isTransient(status));
      }
      return response.page(url, at.toString(), status == 304);
    }
  }

  private Response once(String url, URI at, CacheValidators since) throws FetchProblem {
    HttpRequest.Builder request = HttpRequest.newBuilder(at)
        .timeout(settings.readTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept-Encoding", "gzip")
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8")
        .GET();
    since.etag().ifPresent(tag -> request.header("If-None-Match", tag));
    since.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    String host = at.getHost().toLowerCase(Locale.ROOT) + ":" + at.getPort();
    try (HostGates.Turn turn = gates.enter(host)) {
      HttpResponse<InputStream> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status != 200 && status != 203 && status != 206) {
          // Redirects, errors and 304: their bodies are not wanted.
          return new Response(response, new byte[0]);
        }
        return new Response(response, read(url, response, body));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchProblem(url, "interrupted", true);
    } catch (IOException e) {
      throw new FetchProblem(url, FailureWords.of(e, settings), true);
    } catch (IllegalArgumentException e) {
      throw new FetchProblem(url, "not a valid URL (" + e.getMessage() + ")", false);
    }
  }

  private byte[] read(String url, HttpResponse<InputStream> response, InputStream body)
      throws IOException, FetchProblem {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
        .strip().toLowerCase(Locale.ROOT);
    if (declared > settings.maxBytes() && encoding.equals("identity")) {
      throw tooLarge(url);
    }
    InputStream plain = switch (encoding) {
      case "identity", "" -> body;
      case "gzip", "x-gzip" -> new GZIPInputStream(body);
      default -> throw new FetchProblem(url, "unsupported Content-Encoding " + encoding, false);
    };
    // The client's timeout covers only the wait for the headers; a body that stops arriving
    // midway would block this thread for good, so a watchdog closes the stream when the body has
    // taken the read timeout, and the blocked read ends with an error.
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
      expired.set(true);
      closeQuietly(body);
    }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    byte[] bytes;
    try {
      bytes = plain.readNBytes(settings.maxBytes() + 1);
    } catch (IOException e) {
      if (expired.get()) {
        throw new FetchProblem(url, "the page stopped arriving: not read whole within "
            + FailureWords.duration(settings.readTimeout()), true);
      }
      throw e;
    } finally {
      guard.cancel(false);
    }
    if (expired.get()) {
      // Closed just as the last bytes came: what was read may be cut short.
      throw new FetchProblem(url, "the page stopped arriving: not read whole within "
          + FailureWords.duration(settings.readTimeout()), true);
    }
    if (bytes.length > settings.maxBytes()) {
      throw tooLarge(url);
    }
    return bytes;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Closing is only to end a stalled read; the reader reports the failure.
    }
  }

  private FetchProblem tooLarge(String url) {
    return new FetchProblem(url, "larger than " + FailureWords.size(settings.maxBytes())
        + "; expected one news page or feed", false);
  }

  private static URI parse(String url, String address) throws FetchProblem {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new FetchProblem(url, "not a valid URL: " + e.getReason(), false);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchProblem(url, "not an http(s) URL: " + address, false);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new FetchProblem(url, "no host in " + address, false);
    }
    return uri;
  }

  /** A response whose body has been read (or skipped). */
  private record Response(HttpResponse<InputStream> raw, byte[] body) {
    int status() {
      return raw.statusCode();
    }

    Optional<String> location() {
      return raw.headers().firstValue("Location");
    }

    FetchedPage page(String url, String finalUrl, boolean notModified) {
      String type = raw.headers().firstValue("Content-Type").orElse("");
      return new FetchedPage(url, finalUrl, notModified, ContentType.mediaType(type),
          ContentType.charset(type), body,
          new CacheValidators(raw.headers().firstValue("ETag"),
              raw.headers().firstValue("Last-Modified")));
    }
  }
}
