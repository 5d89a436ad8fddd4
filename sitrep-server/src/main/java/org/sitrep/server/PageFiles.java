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
   * Leaflet positions its panes and markers through the style property (allowed), but a few of
   * its controls are built with style attributes in markup, hence 'unsafe-inline' for styles
   * only; scripts stay 'self'. Map images are SVG drawn in the page; data: covers Leaflet's CSS.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
      + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self';"
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
