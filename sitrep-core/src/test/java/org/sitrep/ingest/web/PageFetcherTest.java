package org.sitrep.ingest.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressForbidden(reason = "handlers of the JDK's HTTP server, as LocalWeb")
class PageFetcherTest {
  private final LocalWeb web;
  private final PageFetcher fetcher = new PageFetcher(FetchSettings.defaults()
      .withPoliteDelay(Duration.ZERO)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));

  PageFetcherTest() throws IOException {
    web = new LocalWeb();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void a_page_comes_with_its_media_type_charset_and_validators() throws Exception {
    web.handle("/a", exchange -> {
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      LocalWeb.send(exchange, 200, "text/html; charset=ISO-8859-1",
          "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
    });
    FetchedPage page = fetcher.fetch(web.url("/a"));
    assertEquals("text/html", page.mediaType());
    assertEquals(Optional.of(Charset.forName("ISO-8859-1")), page.charset());
    assertEquals(Optional.of("\"v1\""), page.validators().etag());
    assertEquals(web.url("/a"), page.finalUrl());
    assertTrue(web.requests().get(0).header("User-Agent").startsWith("Sitrep/"));
  }

  @Test
  void a_server_error_is_one_line_naming_the_url() {
    web.status("/broken", 500);
    FetchProblem problem = assertThrows(FetchProblem.class,
        () -> fetcher.fetch(web.url("/broken")));
    assertEquals(web.url("/broken") + ": HTTP 500 (server error)", problem.getMessage());
    assertTrue(problem.isTransient());
  }

  @Test
  void a_missing_page_is_not_worth_retrying() {
    web.status("/gone", 404);
    FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(web.url("/gone")));
    assertEquals("HTTP 404 (not found)", problem.problem());
    assertFalse(problem.isTransient());
  }

  @Test
  void two_redirects_are_followed_to_the_final_url() throws Exception {
    web.redirect("/one", "/two").redirect("/two", web.url("/three"))
        .page("/three", "text/html", "<p>here</p>");
    FetchedPage page = fetcher.fetch(web.url("/one"));
    assertEquals(web.url("/three"), page.finalUrl());
    assertEquals(web.url("/one"), page.url());
    assertEquals("<p>here</p>", new String(page.body(), StandardCharsets.UTF_8));
  }

  @Test
  void six_redirects_are_too_many() {
    for (int i = 0; i < 6; i++) {
      web.redirect("/r" + i, "/r" + (i + 1));
    }
    web.page("/r6", "text/html", "<p>too far</p>");
    FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(web.url("/r0")));
    assertEquals("more than 5 redirects", problem.problem());
  }

  @Test
  void five_redirects_are_not() throws Exception {
    for (int i = 0; i < 5; i++) {
      web.redirect("/s" + i, "/s" + (i + 1));
    }
    web.page("/s5", "text/html", "<p>arrived</p>");
    assertEquals(web.url("/s5"), fetcher.fetch(web.url("/s0")).finalUrl());
  }

  @Test
  void a_redirect_loop_is_a_problem() {
    web.redirect("/ping", "/pong").redirect("/pong", "/ping");
    FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(web.url("/ping")));
    assertTrue(problem.problem().startsWith("redirect loop"), problem.getMessage());
  }

  @Test
  void a_redirect_to_a_login_page_is_read_like_any_page() throws Exception {
    web.redirect("/paywalled", "/login?next=/paywalled")
        .page("/login", "text/html", "<form>Sign in</form>");
    FetchedPage page = fetcher.fetch(web.url("/paywalled"));
    assertTrue(page.finalUrl().endsWith("/login?next=/paywalled"));
  }

  @Test
  void a_slow_server_times_out() {
    web.slow("/slow", Duration.ofMillis(3000));
    FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(web.url("/slow")));
    assertEquals(web.url("/slow") + ": timed out after 1 s", problem.getMessage());
  }

  @Test
  void a_body_that_stops_arriving_is_a_problem_not_a_hang() {
    web.handle("/stalls", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 10_000);
      exchange.getResponseBody().write("<p>The first part".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      try {
        Thread.sleep(4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    FetchProblem problem =
        assertThrows(FetchProblem.class, () -> fetcher.fetch(web.url("/stalls")));
    assertEquals(web.url("/stalls")
        + ": the page stopped arriving: not read whole within 1 s", problem.getMessage());
    assertTrue(problem.isTransient(), "worth trying again");
  }

  @Test
  void a_refused_connection_is_one_line() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/x";
    FetchProblem problem = assertThrows(FetchProblem.class, () -> fetcher.fetch(url));
    assertEquals(url + ": connection refused", problem.getMessage());
  }

  @Test
  void a_page_over_the_size_limit_is_a_problem() {
    web.page("/big", "text/html", "<p>" + "x".repeat(5000) + "</p>");
    PageFetcher small = new PageFetcher(fetcher.settings().withMaxBytes(1024));
    FetchProblem problem = assertThrows(FetchProblem.class, () -> small.fetch(web.url("/big")));
    assertEquals("larger than 1 kB; expected one news page or feed", problem.problem());
  }

  @Test
  void a_gzipped_page_over_the_size_limit_is_caught_after_unzipping() throws Exception {
    byte[] zipped = gzip("<p>" + "x".repeat(5000) + "</p>");
    web.handle("/bomb", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      LocalWeb.send(exchange, 200, "text/html", zipped);
    });
    PageFetcher small = new PageFetcher(fetcher.settings().withMaxBytes(1024));
    assertThrows(FetchProblem.class, () -> small.fetch(web.url("/bomb")));
  }

  @Test
  void a_gzipped_page_is_unzipped() throws Exception {
    byte[] zipped = gzip("<p>zipped</p>");
    web.handle("/z", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      LocalWeb.send(exchange, 200, "text/html", zipped);
    });
    assertArrayEquals("<p>zipped</p>".getBytes(StandardCharsets.UTF_8),
        fetcher.fetch(web.url("/z")).body());
    assertEquals("gzip", web.requests().get(0).header("Accept-Encoding"));
  }

  @Test
  void an_unchanged_feed_is_a_304_with_no_body() throws Exception {
    web.handle("/feed", exchange -> {
      exchange.getResponseHeaders().add("ETag", "\"abc\"");
      if ("\"abc\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalWeb.send(exchange, 304, "application/rss+xml", new byte[0]);
      } else {
        LocalWeb.send(exchange, 200, "application/rss+xml",
            "<rss/>".getBytes(StandardCharsets.UTF_8));
      }
    });
    FetchedPage first = fetcher.fetch(web.url("/feed"));
    assertFalse(first.notModified());
    FetchedPage second = fetcher.fetch(web.url("/feed"), first.validators());
    assertTrue(second.notModified());
    assertEquals(0, second.body().length);
  }

  @Test
  void a_url_that_is_not_http_is_refused_without_a_connection() {
    FetchProblem problem = assertThrows(FetchProblem.class,
        () -> fetcher.fetch("file:///etc/passwd"));
    assertTrue(problem.problem().startsWith("not an http(s) URL"), problem.getMessage());
  }

  @Test
  void requests_to_one_host_are_spaced_by_the_polite_delay() throws Exception {
    web.page("/p", "text/html", "<p>p</p>");
    PageFetcher polite = new PageFetcher(fetcher.settings().withPoliteDelay(Duration.ofMillis(300)));
    long start = System.nanoTime();
    polite.fetch(web.url("/p"));
    polite.fetch(web.url("/p"));
    polite.fetch(web.url("/p"));
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(600).toNanos());
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
