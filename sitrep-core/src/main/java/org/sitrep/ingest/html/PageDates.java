package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.html.PageFacts.Dated;
import org.sitrep.model.DateSource;

/**
 * A page's publication date, from the most trusted place that has one: JSON-LD, then meta tags,
 * then a {@code <time>} element, then the address, then the words near the headline. The order
 * follows how deliberately each was written: structured data and meta tags are filled by the
 * publishing system from the article's own record, a {@code <time>} may belong to a comment or a
 * sidebar, an address may carry the day a draft was started, and visible text may show today's date
 * in the masthead.
 *
 * <p>A date of last change ({@code dateModified}, {@code article:modified_time}) is taken only when
 * nothing says when the page was published, since a story's date is when it was first told.
 */
final class PageDates {
  /** Meta names for the publication date, used by publishing systems across many sites. */
  private static final String[] PUBLISHED = {
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "datepublished", "cxenseparse:recs:publishtime", "published_at", "published_time", "published-date", "published_date",
    "publish-date", "publish_date", "publishdate", "pubdate", "publication_date",
    "publication-date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "original-publish-date", "originalpublicationdate",
    "citation_publication_date", "citation_date", "rnews:datepublished", "datecreated"
  };
  private static final String[] MODIFIED = {
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
    "dcterms.modified", "last-modified", "lastmod"
  };
  private static final Pattern LATER = Pattern.compile("modif|updat|edited", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST = Pattern.compile("publish|posted|pubdate|created",
      Pattern.CASE_INSENSITIVE);

  /** A time element's score ({@link #score}) that makes it trusted above the address. */
  private static final int STRONG = 2;

  private PageDates() {}

  static Optional<Dated> of(Document page, MetaTags meta, JsonLd ld, Optional<String> url,
      Optional<String> canonical, DateText dates) {
    List<String> statements = new ArrayList<>(meta.all(PUBLISHED));
    page.select("time[datetime], [itemprop~=(?i)^datePublished$][content]").forEach(e ->
        statements.add(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content")));
    Optional<Dated> found = stated(ld.text("datePublished", false)
        .or(() -> ld.text("dateCreated", false)).or(() -> ld.text("datePublished", true)),
        DateSource.JSON_LD, statements, dates)
        .or(() -> stated(meta.first(PUBLISHED), DateSource.META, statements, dates))
        .or(() -> dated(itemprop(page, dates), DateSource.META))
        .or(() -> dated(timeElement(page, dates, STRONG), DateSource.TIME_ELEMENT))
        .or(() -> dated(url.flatMap(u -> DateInUrl.of(u, dates))
            .or(() -> canonical.flatMap(u -> DateInUrl.of(u, dates))), DateSource.URL))
        .or(() -> dated(timeElement(page, dates, 0), DateSource.TIME_ELEMENT))
        .or(() -> dated(VisibleDate.of(page, dates), DateSource.TEXT));
    if (found.isPresent()) {
      return found;
    }
    return stated(ld.text("dateModified", true), DateSource.JSON_LD, List.of(), dates)
        .or(() -> stated(meta.first(MODIFIED), DateSource.META, List.of(), dates));
  }

  /** A statement's date, in the publisher's own offset if the page says it in UTC. */
  private static Optional<Dated> stated(Optional<String> value, DateSource from,
      List<String> statements, DateText dates) {
    Optional<LocalDate> date = value.flatMap(dates::parse);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    return dated(LocalDay.of(value.get(), statements).or(() -> date), from);
  }

  private static Optional<Dated> dated(Optional<LocalDate> date, DateSource from) {
    return date.map(d -> new Dated(d, from));
  }

  /** Microdata on any element: {@code <span itemprop="datePublished" content="...">}. */
  private static Optional<LocalDate> itemprop(Document page, DateText dates) {
    for (Element e : page.select("[itemprop~=(?i)^datePublished$]")) {
      String value = e.hasAttr("content") ? e.attr("content")
          : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<LocalDate> date = dates.parse(value);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code <time datetime>} most likely to be the article's: one marked as the publication
   * time, else one inside the article or its header, else the first; never one marked as an update
   * while another is there; never one in a menu, sidebar or footer. A time that is neither marked nor inside the article (a sidebar's, a
   * list's) counts for less than a date in the address.
   */
  private static Optional<LocalDate> timeElement(Document page, DateText dates, int least) {
    Optional<LocalDate> best = Optional.empty();
    int bestScore = least - 1;
    for (Element time : page.select("time[datetime]")) {
      Optional<LocalDate> date = dates.parse(time.attr("datetime"));
      int score = score(time);
      if (date.isPresent() && score > bestScore) {
        best = date;
        bestScore = score;
      }
    }
    return best;
  }

  private static int score(Element time) {
    if (time.closest("nav, aside, footer, [role=navigation], [role=complementary]") != null) {
      return -1;
    }
    String marks = marks(time) + " " + (time.parent() == null ? "" : marks(time.parent()));
    if (time.hasAttr("pubdate") || FIRST.matcher(marks).find()) {
      return 3;
    }
    if (LATER.matcher(marks).find()) {
      return 0;
    }
    return time.closest("article, header, main, [role=main]") != null ? 2 : 1;
  }

  private static String marks(Element e) {
    return (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
  }
}
