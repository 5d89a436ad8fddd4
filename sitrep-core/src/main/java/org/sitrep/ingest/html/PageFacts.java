package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.sitrep.model.DateSource;

/**
 * What a page says about itself: title, publication date and where in the page it was found,
 * publisher, canonical address and byline.
 *
 * @param published the date with the most trusted of its sources ({@link DateSource})
 */
public record PageFacts(
    Optional<String> title,
    Optional<Dated> published,
    Optional<String> siteName,
    Optional<String> canonicalUrl,
    Optional<String> byline) {
  /** A date and where it was found. */
  public record Dated(LocalDate date, DateSource from) {
    public Dated {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * Reads the page's metadata.
   *
   * @param url where the page came from, if known: its path may hold the date
   */
  public static PageFacts of(Document page, Optional<String> url) {
    String title = page.title().strip();
    return new PageFacts(title.isEmpty() ? Optional.empty() : Optional.of(title),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
