package org.sitrep.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;

/**
 * What a crawled payload's {@code Content-Type} says: whether it is a web page, and in which
 * encoding. A crawl holds images, scripts, PDFs and feeds beside the pages; only pages are
 * articles.
 */
final class HtmlPayload {
  /** Enough of a page to see its opening tags past a byte-order mark, doctype and comments. */
  private static final int SNIFF_BYTES = 1024;

  private HtmlPayload() {}

  /** True for text/html and application/xhtml+xml, with or without parameters. */
  static boolean isHtml(String contentType) {
    MediaType type = MediaType.parseLeniently(contentType);
    String name = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    return name.equals("text/html") || name.equals("application/xhtml+xml");
  }

  /**
   * For a payload without a {@code Content-Type}: true when its first bytes open an HTML page.
   * A bare "<" is not enough, as XML feeds and sitemaps open so too.
   */
  static boolean looksLikeHtml(byte[] payload) {
    String head = new String(payload, 0, Math.min(payload.length, SNIFF_BYTES),
        StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body");
  }

  /** The charset a {@code Content-Type} names, when Java knows it; a misspelt one is ignored. */
  static Optional<Charset> charset(String contentType) {
    String name = MediaType.parseLeniently(contentType).parameters().get("charset");
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.strip().replace("\"", "")));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
