package org.sitrep.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The analyst's page at {@code /}: its own files from the classpath ({@code
 * org/sitrep/server/web}) and Leaflet from its webjar ({@code /webjars/leaflet/1.9.4/...}).
 * Nothing is fetched from another host: the page's Content-Security-Policy allows this server
 * only, and no inline script at all, so text from a report can never run as code.
 */
final class PageFiles {
  /**
   * Leaflet and the page set styles through the style property, which the policy allows, so
   * neither inline scripts nor inline styles are needed; data: covers the page's empty icon and
   * Leaflet's CSS, blob: a download made with the token (PageIT checks no refusal is logged).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data: blob:; connect-src 'self';"
      + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  private PageFiles() {}

  static void serve(JavalinConfig cfg) {
    cfg.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/org/sitrep/server/web";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    });
    cfg.staticFiles.add(files -> {
      files.hostedPath = "/webjars";
      files.directory = "/META-INF/resources/webjars";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    });
  }

  /**
   * The page's files need no token: a browser cannot attach one to a page it opens, and they hold
   * no data. Everything under /api/ still does.
   */
  static boolean isPageFile(String path) {
    return !path.startsWith("/api/") && !path.equals("/api");
  }
}
