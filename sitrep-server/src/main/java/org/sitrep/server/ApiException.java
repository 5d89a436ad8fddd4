package org.sitrep.server;

import java.util.Optional;

/**
 * A request the API answers with a 4xx status and a JSON body {@code {"error": message}}, with
 * {@code "parameter"} when one parameter is to blame. Thrown by handlers; {@link ApiServer} writes
 * the answer.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;

  private ApiException(int status, String message, String parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message, null);
  }

  static ApiException tooLarge() {
    return new ApiException(413, "request body too large; a write's body is at most 16 KB", null);
  }

  static ApiException tooLarge(String message) {
    return new ApiException(413, message, "body");
  }

  /** 422: the request was well formed, but what it holds cannot be worked on. */
  static ApiException unprocessable(String parameter, String message) {
    return new ApiException(422, message, parameter);
  }

  /** 415 for a body of a type the route does not take, naming the header. */
  static ApiException unsupportedType(String message) {
    return new ApiException(415, message, "Content-Type");
  }

  static ApiException notJson() {
    return new ApiException(415, "a write's body is JSON: send 'Content-Type: application/json'",
        null);
  }

  static ApiException notLocal() {
    return new ApiException(403, "without a token, writes are taken only from this machine,"
        + " addressed as 127.0.0.1, [::1] or localhost", null);
  }

  static ApiException readOnly(String bind) {
    return new ApiException(401, "this server on " + bind + " has no token, so it serves reads"
        + " only; start it with --token-file FILE to take writes", null);
  }

  static ApiException unauthorized() {
    return new ApiException(401, "this server needs 'Authorization: Bearer <token>'", null);
  }

  int status() {
    return status;
  }

  Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }
}
