package org.sitrep.eval.html;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an HTML gold set: where the page is and what a person found in it.
 *
 * @param name the file name without {@code .html} or {@code .html.gz}, used in reports
 * @param page the page file, possibly gzipped
 * @param articleBody the article's body text as the annotator marked it
 * @param headline the article's title, when the gold gives it
 * @param published the publication date (the date part of an ISO date-time), when given
 * @param url the page's address, when given; the reader gets it as a hint, as from a crawl
 */
public record HtmlGoldPage(String name, Path page, String articleBody, Optional<String> headline,
    Optional<LocalDate> published, Optional<String> url) {
  public HtmlGoldPage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(articleBody, "articleBody");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
  }
}
