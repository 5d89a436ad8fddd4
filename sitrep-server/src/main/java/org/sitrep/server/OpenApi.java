package org.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.0 description of the API, written by hand in
 * {@code openapi.json} beside this class. By hand, because the routes are few and their words
 * (what a filter leaves out, what a 4xx names) matter more than what a generator could infer;
 * {@code OpenApiIT} checks that it parses and describes every route the server registers.
 */
final class OpenApi {
  private OpenApi() {}

  /** The description, read from the classpath. */
  static String document() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json from the server's jar", e);
    }
  }
}
