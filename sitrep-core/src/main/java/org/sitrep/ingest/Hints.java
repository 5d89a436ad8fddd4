package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the container of an article said about it: a JSON Lines record's fields, a feed item, the
 * HTTP headers of a fetched page or a WARC record. The reader trusts these below what the user
 * gave and above what it finds in the page itself, except the page's own canonical URL and title.
 *
 * @param charset the encoding named by an HTTP {@code Content-Type}, which outranks the page's meta
 */
public record Hints(
    Optional<String> url,
    Optional<String> title,
    Optional<LocalDate> published,
    String source,
    Optional<Charset> charset) {
  public static final Hints NONE =
      new Hints(Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty());

  public Hints {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(charset, "charset");
  }

  public Hints withUrl(String address) {
    return new Hints(Optional.of(address), title, published, source, charset);
  }

  public Hints withCharset(Optional<Charset> named) {
    return new Hints(url, title, published, source, named);
  }
}
