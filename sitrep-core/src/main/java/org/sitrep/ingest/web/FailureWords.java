package org.sitrep.ingest.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipException;

/** The user's words for why a request failed: the exception's class says more than its message. */
final class FailureWords {
  private FailureWords() {}

  static String of(IOException e, FetchSettings settings) {
    if (e instanceof HttpConnectTimeoutException) {
      return "could not connect within " + duration(settings.connectTimeout());
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out after " + duration(settings.readTimeout());
    }
    if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
      return "unknown host (DNS lookup failed)";
    }
    if (causedBy(e, NoRouteToHostException.class)) {
      return "no route to host";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof ZipException || e instanceof java.io.EOFException) {
      return "the gzip data is cut off or damaged";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot fetch: " + message.replaceAll("\\s+", " ").strip();
  }

  /** "10 s", or "250 ms" below a whole second. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** "20 MB", "512 bytes". */
  static String size(int bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " kB";
    }
    return String.format(Locale.ROOT, "%d bytes", bytes);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
