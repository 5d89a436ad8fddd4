package org.sitrep.ingest.web;

/** The words for an HTTP status a fetch failed with, and whether it is worth trying again. */
final class HttpStatus {
  private HttpStatus() {}

  /** "HTTP 404 (not found)", or "HTTP 599" for a status without a common name. */
  static String describe(int status) {
    String name = switch (status) {
      case 400 -> "bad request";
      case 401 -> "login required";
      case 403 -> "forbidden";
      case 404 -> "not found";
      case 408 -> "request timeout";
      case 410 -> "gone";
      case 429 -> "too many requests; the site asks to slow down";
      case 500 -> "server error";
      case 502 -> "bad gateway";
      case 503 -> "service unavailable";
      case 504 -> "gateway timeout";
      default -> "";
    };
    return "HTTP " + status + (name.isEmpty() ? "" : " (" + name + ")");
  }

  /** A server's trouble or a request for patience, not a page that is not there. */
  static boolean isTransient(int status) {
    return status == 408 || status == 429 || status >= 500;
  }
}
