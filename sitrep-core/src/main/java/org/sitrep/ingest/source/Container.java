package org.sitrep.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input Sitrep reads, told by the file's name or, for standard input and files named
 * otherwise, by its first bytes.
 */
enum Container {
  TEXT, HTML, JSON_LINES, WARC, CSV, FEED;

  /** By the name's extension, a trailing ".gz" aside; empty when the name does not say. */
  static Optional<Container> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 || lower.indexOf('/', dot) >= 0 ? "" : lower.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> Optional.of(TEXT);
      case "html", "htm", "xhtml", "shtml" -> Optional.of(HTML);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "warc" -> Optional.of(WARC);
      case "csv" -> Optional.of(CSV);
      case "rss", "atom", "xml", "rdf" -> Optional.of(FEED);
      default -> Optional.empty();
    };
  }

  /** By content: the first bytes of a decompressed input. */
  static Container sniff(byte[] head) {
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    if (start.startsWith("\uFEFF") || start.startsWith("\u00EF\u00BB\u00BF")) {
      start = start.substring(start.charAt(0) == '\uFEFF' ? 1 : 3).stripLeading();
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (start.startsWith("WARC/")) {
      return WARC;
    }
    if (start.startsWith("{")) {
      return lower.contains("jsonfeed.org") ? FEED : JSON_LINES;
    }
    if (start.startsWith("<")) {
      boolean feed = lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf");
      boolean page = lower.contains("<html") || lower.contains("<!doctype html")
          || lower.contains("<body") || lower.contains("<p>") || lower.contains("<div");
      return feed && !page ? FEED : HTML;
    }
    return TEXT;
  }
}
