package org.sitrep.store;

import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.internal.Sha256;
import org.sitrep.model.Article;

/**
 * What makes two articles the same article for the store: the SHA-256 of their text. The same
 * report read from a file, a URL and a crawl is stored once, whatever each input called it.
 *
 * @param hex 64 lower-case hex digits
 */
public record ContentHash(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public ContentHash {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a content hash is 64 lower-case hex digits, was " + hex);
    }
  }

  public static ContentHash of(String text) {
    return new ContentHash(Sha256.hex(text, 32));
  }

  public static ContentHash of(Article article) {
    return of(article.text());
  }

  @Override
  public String toString() {
    return hex;
  }
}
