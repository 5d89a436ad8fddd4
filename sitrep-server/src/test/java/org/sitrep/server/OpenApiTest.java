package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.store.ArticleIntake;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReview;
import org.sitrep.store.EventSplitter;

/**
 * {@code GET /api/openapi.json} parses as OpenAPI with no error, and describes exactly the API
 * routes the server registers (those under {@code /api/} and {@code /healthz}; the page's files
 * are not API), every method of each: a route added without its description fails here.
 */
class OpenApiTest {
  @Test
  void the_description_is_valid_openapi_and_describes_every_route() throws Exception {
    try (ApiServer server = ApiServer.start(stub(EventQuery.class), stub(EventReview.class),
        stub(EventSplitter.class), stub(ArticleIntake.class), ServerOptions.local(0),
        line -> { })) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/api/openapi.json")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElseThrow()
          .startsWith("application/json"));

      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      SwaggerParseResult parsed = new OpenAPIParser().readContents(r.body(), null, options);
      assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(),
          String.valueOf(parsed.getMessages()));
      OpenAPI api = parsed.getOpenAPI();
      assertNotNull(api);

      TreeSet<String> described = new TreeSet<>();
      for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
        path.getValue().readOperationsMap().keySet().forEach(method ->
            described.add(method.name().toUpperCase(Locale.ROOT) + " " + path.getKey()));
      }
      TreeSet<String> served = new TreeSet<>();
      for (String route : server.routes()) {
        String path = route.substring(route.indexOf(' ') + 1);
        if (path.startsWith("/api/") || path.equals("/healthz")) {
          served.add(route);
        }
      }
      assertEquals(served, described, "routes served vs. routes in openapi.json");
      assertTrue(served.size() >= 13, served.toString());
    }
  }

  /** A port nobody calls here: only the routes and the description are looked at. */
  private static <T> T stub(Class<T> port) {
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (proxy, method, args) -> {
          throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName());
        }));
  }
}
