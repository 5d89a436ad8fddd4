package org.sitrep.ingest.web;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/** The parts of a {@code Content-Type} header Sitrep uses: "text/html; charset=ISO-8859-1". */
final class ContentType {
  private ContentType() {}

  static String mediaType(String header) {
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The named charset; empty when none is named or Java does not know it (the page may say). */
  static Optional<Charset> charset(String header) {
    for (String parameter : header.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String name = pair[1].strip().replace("\"", "").replace("'", "");
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
