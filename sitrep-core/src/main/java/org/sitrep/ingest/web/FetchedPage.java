package org.sitrep.ingest.web;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One response's body and what its headers said about it.
 *
 * @param url the URL as the caller gave it
 * @param finalUrl where the last redirect led; the page's own address
 * @param notModified the server answered 304 to the validators sent: there is no body
 * @param mediaType the {@code Content-Type} without parameters, lower case; "" when not sent
 * @param charset the {@code Content-Type}'s charset, when named and known to Java
 */
public record FetchedPage(
    String url,
    String finalUrl,
    boolean notModified,
    String mediaType,
    Optional<Charset> charset,
    byte[] body,
    CacheValidators validators) {
  public FetchedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(finalUrl, "finalUrl");
    mediaType = mediaType.toLowerCase(Locale.ROOT).strip();
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(validators, "validators");
  }
}
