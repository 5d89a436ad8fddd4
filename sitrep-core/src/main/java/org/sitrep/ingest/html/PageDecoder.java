package org.sitrep.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputProblem;

/**
 * Parses a page's bytes in the right encoding: the one the HTTP header named, else the page's own
 * byte order mark or {@code <meta charset>}, else UTF-8; a page that declares nothing and is not
 * valid UTF-8 is read as Windows-1252, the encoding of most old Western pages (a superset of
 * ISO-8859-1 in all printable characters).
 */
final class PageDecoder {
  private PageDecoder() {}

  static Document parse(ArticleInput input) throws InputProblem {
    byte[] bytes = input.bytes();
    if (bytes.length == 0) {
      throw new InputProblem(input.id(), "is empty; give it a news page");
    }
    String base = input.hints().url().orElse("");
    try {
      if (input.hints().charset().isPresent()) {
        return parse(bytes, input.hints().charset().get(), base);
      }
      Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, base);
      if (page.charset().equals(StandardCharsets.UTF_8) && !declaresCharset(bytes)
          && page.html().indexOf('\uFFFD') >= 0) {
        return parse(bytes, Charset.forName("windows-1252"), base);
      }
      return page;
    } catch (IOException e) {
      throw new InputProblem(input.id(), "cannot read the page: " + e.getMessage());
    }
  }

  private static Document parse(byte[] bytes, Charset charset, String base) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(bytes), charset.name(), base);
  }

  /** A meta charset or XML declaration in the head, which jsoup has already obeyed. */
  private static boolean declaresCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return head.contains("charset") || head.contains("encoding=");
  }
}
