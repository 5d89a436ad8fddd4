package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Who wrote the article: JSON-LD {@code author} (all of them, joined with ", "), else {@code
 * <meta name="author">}, else a link marked {@code rel="author"}, else an element marked as the
 * author or byline by {@code itemprop} or {@code class}. Values that are addresses (a profile's
 * URL in {@code article:author}) are no names and are skipped; a leading "By" is dropped.
 */
final class PageByline {
  private static final Pattern BY = Pattern.compile("(?i)^(by|written by|words by|von|par|por)\\s+");
  private static final Pattern ADDRESS = Pattern.compile("(?i)^(https?:|www\\.|/)|@\\w+\\.");
  /** A byline longer than this is a paragraph that happens to sit in an author box. */
  private static final int MAX_LENGTH = 120;
  /** Names found by markup alone: several authors fit, a sentence does not. */
  private static final int MAX_WORDS = 12;

  private PageByline() {}

  static Optional<String> of(Document page, MetaTags meta, JsonLd ld) {
    List<String> authors = new ArrayList<>();
    for (String name : ld.authors()) {
      name(name).filter(n -> !authors.contains(n)).ifPresent(authors::add);
    }
    if (!authors.isEmpty()) {
      return Optional.of(String.join(", ", authors));
    }
    Optional<String> fromMeta = meta.first("author", "article:author", "dc.creator",
        "dcterms.creator", "sailthru.author", "parsely-author").flatMap(PageByline::name);
    if (fromMeta.isPresent()) {
      return fromMeta;
    }
    for (String selector : new String[] {"a[rel~=(?i)^author$]", "[itemprop~=(?i)^author$]",
        "[class~=(?i)^(byline|author|author-name|byline-name|byline__name)$]",
        "[class~=(?i)(byline|author)]"}) {
      for (Element e : page.select(selector)) {
        Element named = e.selectFirst("[itemprop~=(?i)^name$]");
        Optional<String> name = name((named == null ? e : named).text())
            .filter(PageByline::looksLikeNames);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether text found by markup alone reads as names, not as an author box's date, biography or
   * comment count: no digits and a few words.
   */
  private static boolean looksLikeNames(String text) {
    return !text.matches(".*\\d.*") && text.split("\\s+").length <= MAX_WORDS;
  }

  private static Optional<String> name(String raw) {
    String text = BY.matcher(PageTitle.clean(raw)).replaceFirst("").strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH || ADDRESS.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.of(text);
  }
}
