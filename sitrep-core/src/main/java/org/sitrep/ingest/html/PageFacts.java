package org.sitrep.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.DateSource;

/**
 * What a page says about itself: title, publication date and where in the page it was found,
 * publisher, canonical address and byline.
 *
 * <p>Each is read from the most deliberate statement the page makes: structured data (JSON-LD)
 * and meta tags first, since publishing systems fill them from the article's record, then the
 * markup and the words a reader sees. See {@link PageDates}, {@link PageTitle} and {@link
 * PageByline} for the orders.
 *
 * <pre>{@code
 * PageFacts facts = PageFacts.of(Jsoup.parse(html, url), Optional.of(url));
 * facts.published().ifPresent(d -> System.out.println(d.date() + " from " + d.from().label()));
 * }</pre>
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
    return of(page, url, DateText.untilNow());
  }

  static PageFacts of(Document page, Optional<String> url, DateText dates) {
    MetaTags meta = MetaTags.of(page);
    Optional<String> canonical = canonical(page, meta, url);
    JsonLd ld = JsonLd.of(page, canonical.or(() -> url));
    Optional<String> site = meta.first("og:site_name").map(PageTitle::clean)
        .or(() -> ld.publisher()).or(() -> meta.first("application-name", "apple-mobile-web-app-title"))
        .map(PageTitle::clean).filter(s -> !s.isEmpty())
        .or(() -> canonical.or(() -> url).flatMap(PageFacts::host));
    List<String> names = new ArrayList<>();
    site.ifPresent(names::add);
    ld.publisher().ifPresent(names::add);
    meta.first("application-name", "apple-mobile-web-app-title", "twitter:site")
        .map(s -> s.replaceFirst("^@", "")).ifPresent(names::add);
    canonical.or(() -> url).flatMap(PageFacts::host).ifPresent(host -> {
      names.add(host);
      names.add(mainLabel(host));
    });
    return new PageFacts(PageTitle.of(page, meta, ld, names),
        PageDates.of(page, meta, ld, url, canonical, dates), site, canonical,
        PageByline.of(page, meta, ld));
  }

  /** {@code <link rel=canonical>}, else {@code og:url}, resolved against the page's address. */
  private static Optional<String> canonical(Document page, MetaTags meta, Optional<String> url) {
    Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    Optional<String> stated = Optional.ofNullable(link).map(e -> e.attr("href").strip())
        .filter(h -> !h.isEmpty())
        .or(() -> meta.first("og:url"));
    Optional<String> resolved = stated.flatMap(href -> resolve(href, url.or(() ->
        Optional.of(page.location()).filter(l -> !l.isBlank()))));
    return resolved.or(() -> url.map(String::strip).filter(u -> !u.isEmpty()));
  }

  private static Optional<String> resolve(String href, Optional<String> base) {
    try {
      URI target = new URI(href.replace(" ", "%20"));
      if (target.isAbsolute()) {
        return Optional.of(target.toString());
      }
      if (base.isEmpty()) {
        return Optional.empty();
      }
      URI resolved = new URI(base.get().strip().replace(" ", "%20")).resolve(target);
      return resolved.isAbsolute() ? Optional.of(resolved.toString()) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The label that names the site in a host name: {@code mirror} in {@code mirror.co.uk}, {@code
   * yahoo} in {@code finance.yahoo.com}. A short label before the top-level domain ({@code co},
   * {@code com}, {@code org}) is taken as part of the suffix.
   */
  private static String mainLabel(String host) {
    String[] labels = host.split("\\.");
    int main = labels.length - 2;
    if (main > 0 && labels[main].length() <= 3 && labels[labels.length - 1].length() == 2) {
      main--;
    }
    return main >= 0 ? labels[main] : host;
  }

  /** The host without {@code www.}: the last resort for a site's name. */
  private static Optional<String> host(String url) {
    try {
      String host = new URI(url.strip().replace(" ", "%20")).getHost();
      return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT)
          .replaceFirst("^www\\d?\\.", "")).filter(h -> !h.isEmpty());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
