package org.sitrep.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 serving what a test writes, so that no test touches the internet.
 * Records each request's path and headers.
 */
@SuppressForbidden(reason = "the JDK's own HTTP server: tests need a web server and no other")
public final class LocalWeb implements AutoCloseable {
  /** One request as the server saw it. */
  public record Request(String path, Map<String, List<String>> headers) {
    /** The first value of a request header, by its name in any case; "" when not sent. */
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public LocalWeb() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // Several threads: a handler that sleeps past a timeout must not hold up the next test.
    server.setExecutor(threads);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Serves {@code body} at {@code path} with status 200. */
  public LocalWeb page(String path, String contentType, String body) {
    return handle(path, exchange -> send(exchange, 200, contentType,
        body.getBytes(StandardCharsets.UTF_8)));
  }

  public LocalWeb status(String path, int status) {
    return handle(path, exchange -> send(exchange, status, "text/html",
        "<html><body><p>error</p></body></html>".getBytes(StandardCharsets.UTF_8)));
  }

  public LocalWeb redirect(String path, String location) {
    return handle(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      send(exchange, 302, "text/html", new byte[0]);
    });
  }

  /** A handler that answers only after {@code delay}. */
  public LocalWeb slow(String path, Duration delay) {
    return handle(path, exchange -> {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
  }

  public LocalWeb handle(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.add(new Request(exchange.getRequestURI().getPath(),
          Map.copyOf(exchange.getRequestHeaders())));
      try (exchange) {
        handler.handle(exchange);
      }
    });
    return this;
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    boolean noBody = body.length == 0 || status == 304;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
