package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.store.ArticleIntake;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReview;
import org.sitrep.store.EventSplitter;
import org.sitrep.store.InvalidCorrectionException;
import org.sitrep.store.InvalidFilterException;
import org.sitrep.store.StoreException;

/**
 * The REST API over an event store, on Javalin: reads, and a person's writes (a correction, "not
 * an event", a split) when started with the store's {@link EventReview} and {@link EventSplitter}.
 * Safe by default: see {@link ServerOptions}; with a token every request but the health check
 * needs it; on an open address without one, it serves reads only (every write is a 401); on
 * loopback without one, a write must be addressed to 127.0.0.1, [::1] or
 * localhost (no DNS rebinding) and say {@code Content-Type: application/json} (which a page of
 * another origin cannot send without a CORS preflight, and none is granted); no CORS
 * headers (a page of another origin cannot read the answers), and nothing the server does sends a
 * request off the machine.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(store, ServerOptions.local(8080), System.err::println)) {
 *   ... server.port() ...
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
  /** Only writes read a body; this bounds what a client can make the server buffer. */
  static final long MAX_REQUEST_BYTES = 16 * 1024;
  /** What a server without a token on an open address still answers. */
  private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD", "OPTIONS");

  private static final String ERROR_WRITTEN = "sitrep.error";

  /** The one route whose body may be larger: see {@link ArticleHandler#MAX_BYTES}. */
  static final String ARTICLES = "/api/articles";

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code query} now.
   *
   * @param problems where a failure of the store is told in one line; the client gets a 503
   *     without the details, which may name the server or the data directory
   * @throws PortInUseException when the address and port are taken
   */
  public static ApiServer start(EventQuery query, ServerOptions options,
      Consumer<String> problems) {
    return start(query, null, null, options, problems);
  }

  /**
   * Starts serving {@code query}, with the writes {@code PATCH /api/events/{id}} and {@code POST
   * /api/events/{id}/split} made through {@code review} and {@code splitter}.
   *
   * @throws PortInUseException when the address and port are taken
   */
  public static ApiServer start(EventQuery query, EventReview review, EventSplitter splitter,
      ServerOptions options, Consumer<String> problems) {
    return start(query, review, splitter, null, options, problems);
  }

  /**
   * As {@link #start(EventQuery, EventReview, EventSplitter, ServerOptions, Consumer)}, and
   * {@code POST /api/articles} through {@code intake} when it is not null.
   *
   * @throws PortInUseException when the address and port are taken
   */
  public static ApiServer start(EventQuery query, EventReview review, EventSplitter splitter,
      ArticleIntake intake, ServerOptions options, Consumer<String> problems) {
    ApiJson json = new ApiJson();
    ArticleHandler articles = intake == null ? null : new ArticleHandler(intake, json);
    WriteHandlers writes = review == null || splitter == null ? null
        : new WriteHandlers(query, review, splitter, json);
    EventHandlers events = new EventHandlers(query, json);
    String openApi = OpenApi.document();
    ExportHandlers exports = new ExportHandlers(query, json);
    // Worked out once: it parses the address, which every request would otherwise do again.
    boolean readOnly = options.readOnly();
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jetty.host = options.bind();
      cfg.jetty.port = options.port();
      cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
      cfg.http.prefer405over404 = true;
      cfg.routes.before(ctx -> guard(ctx, options, readOnly));
      PageFiles.serve(cfg);
      cfg.routes.get("/healthz", ctx -> EventHandlers.send(ctx, "{\"status\":\"ok\"}"));
      cfg.routes.get("/api/openapi.json", ctx -> EventHandlers.send(ctx, openApi));
      cfg.routes.get("/api/events", events::list);
      cfg.routes.get("/api/events/{id}", events::event);
      cfg.routes.get("/api/events/{id}/history", events::history);
      cfg.routes.get("/api/articles/{id}", events::article);
      cfg.routes.get("/api/export.csv", exports::csv);
      cfg.routes.get("/api/export.jsonl", exports::jsonl);
      cfg.routes.get("/api/export.geojson", exports::geojson);
      cfg.routes.get("/api/export/training.jsonl", exports::training);
      if (writes != null) {
        cfg.routes.patch("/api/events/{id}", ctx -> {
          writeGuard(ctx, options.token());
          writes.patch(ctx);
        });
        cfg.routes.post("/api/events/{id}/split", ctx -> {
          writeGuard(ctx, options.token());
          writes.split(ctx);
        });
      }
      if (articles != null) {
        cfg.routes.post(ARTICLES, ctx -> {
          ArticleHandler.guard(ctx, options.token());
          articles.post(ctx);
        });
      }
      errors(cfg, json, problems);
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      app.stop();
      if (causedBy(e, BindException.class)) {
        throw new PortInUseException(options.bind(), options.port(), e);
      }
      throw e;
    }
    return new ApiServer(app);
  }

  /** Every route served, as "GET /api/events": what the OpenAPI description must describe. */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(h -> h.endpoint.method.isHttpMethod())
        .map(h -> h.endpoint.method.name() + " " + h.endpoint.path).toList();
  }

  /** The port served: the one asked for, or the one chosen for port 0. */
  public int port() {
    return app.port();
  }

  /** Stops taking requests and ends those under way. The store stays open: it is the caller's. */
  @Override
  public void close() {
    app.stop();
  }

  /**
   * With a token, every request but the health check must carry it; on an open address without
   * one, every request but a read is refused.
   */
  private static void guard(Context ctx, ServerOptions options, boolean readOnly) {
    Optional<String> token = options.token();
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    // Only writes read a body; one announced larger than that is refused unread. A posted article
    // has a limit of its own, which its handler checks as it reads.
    if (readOnly && !READS.contains(ctx.method().name())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.readOnly(options.bind());
    }
    if (ctx.contentLength() > MAX_REQUEST_BYTES && !ARTICLES.equals(ctx.path())) {
      throw ApiException.tooLarge();
    }
    if (token.isEmpty() || "/healthz".equals(ctx.path()) || PageFiles.isPageFile(ctx.path())) {
      return;
    }
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    // Constant time: how long the comparison takes tells nothing about the token.
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized();
    }
  }

  /**
   * After {@link #guard} (which checked the token, if any): a write's body is JSON, and without a
   * token it must be addressed to this machine by a loopback name.
   */
  private static void writeGuard(Context ctx, Optional<String> token) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw ApiException.notJson();
    }
    if (token.isEmpty() && !localHost(ctx.host())) {
      throw ApiException.notLocal();
    }
  }

  /** The Host header names this machine: a page that rebound its own name here does not. */
  static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      name = end < 0 ? name : name.substring(0, end + 1);
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  private static void errors(JavalinConfig cfg, ApiJson json, Consumer<String> problems) {
    cfg.routes.exception(ApiException.class, (e, ctx) ->
        fail(ctx, json, e.status(), e.getMessage(), e.parameter()));
    cfg.routes.exception(InvalidFilterException.class, (e, ctx) ->
        fail(ctx, json, 400, e.getMessage(), Optional.of(e.parameter())));
    cfg.routes.exception(InvalidCorrectionException.class, (e, ctx) ->
        fail(ctx, json, 400, e.getMessage(), Optional.of(e.field())));
    // Javalin's own refusals (a body over the limit, say) keep their status, in JSON.
    cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
        fail(ctx, json, e.getStatus(), e.getMessage(), Optional.empty()));
    cfg.routes.exception(StoreException.class, (e, ctx) -> {
      problems.accept("sitrep: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
      fail(ctx, json, 503, "the store failed; the server's log says why",
          Optional.empty());
    });
    cfg.routes.exception(Exception.class, (e, ctx) -> {
      problems.accept("sitrep: " + ctx.method() + " " + ctx.path() + ": internal error: " + e);
      fail(ctx, json, 500, "internal error", Optional.empty());
    });
    // Javalin's own answers (no such route, method not allowed, body too large) as JSON too.
    for (int status : new int[] {404, 405, 413}) {
      cfg.routes.error(status, "*", ctx -> {
        if (ctx.attribute(ERROR_WRITTEN) == null) {
          fail(ctx, json, status, status == 404 ? "no such resource: " + ctx.path()
              : status == 405 ? "method not allowed: " + ctx.method() + " " + ctx.path()
              : "request too large", Optional.empty());
        }
      });
    }
  }

  private static void fail(Context ctx, ApiJson json, int status, String message,
      Optional<String> parameter) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status);
    EventHandlers.send(ctx, json.write(json.error(message, parameter)));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
