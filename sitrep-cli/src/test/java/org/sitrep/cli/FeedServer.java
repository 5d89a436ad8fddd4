package org.sitrep.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Feeds and pages served from 127.0.0.1 for the watch tests, which never touch the internet. A
 * feed path answers 304 to a request that sends back its ETag.
 */
@SuppressForbidden(reason = "the JDK's own HTTP server: tests need a web server and no other")
final class FeedServer implements AutoCloseable {
  /** A request's path, and the If-None-Match it sent ("" when none). */
  record Request(String path, String ifNoneMatch) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Serves a feed with an ETag made of its text. */
  FeedServer feed(String path, String contentType, String body) {
    String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
    server.createContext(path, exchange -> {
      try (exchange) {
        String sent = record(exchange);
        exchange.getResponseHeaders().add("ETag", etag);
        if (sent.equals(etag)) {
          exchange.sendResponseHeaders(304, -1);
        } else {
          send(exchange, 200, contentType, body);
        }
      }
    });
    return this;
  }

  FeedServer page(String path, int status, String contentType, String body) {
    server.createContext(path, exchange -> {
      try (exchange) {
        record(exchange);
        send(exchange, status, contentType, body);
      }
    });
    return this;
  }

  private String record(HttpExchange exchange) {
    String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(exchange.getRequestURI().getPath(), sent == null ? "" : sent));
    return sent == null ? "" : sent;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** An RSS 2.0 feed of the given items, each a link and a title. */
  static String rss(String... linksAndTitles) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i + 1 < linksAndTitles.length; i += 2) {
      items.append("<item><title>").append(linksAndTitles[i + 1]).append("</title><link>")
          .append(linksAndTitles[i]).append("</link>")
          .append("<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate></item>\n");
    }
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Sahel Monitor</title>"
        + "<link>https://news.example/</link>\n" + items + "</channel></rss>\n";
  }

  static String page(String title, String text) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><p>"
        + text + "</p></article></body></html>";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
