package org.sitrep.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline, which is rarely the page's {@code <title>}: that one carries the site's
 * name (" | The Daily Example", "Example News - ") and sometimes a section. Each candidate (the
 * article's {@code <h1>}, JSON-LD {@code headline}, {@code og:title}, {@code <title>}) loses a
 * leading or trailing part that names the site; then the {@code <h1>} wins if another candidate
 * agrees with it or holds it as one of its parts, since a visible headline confirmed by the
 * metadata is the one readers saw. Otherwise the metadata's headline is preferred to the {@code
 * <h1>} (which may be a logo or a section name) and the {@code <title>} comes last.
 *
 * <p>A part is dropped only when it names the site, so a headline with its own dash ("Ukraine - a
 * year on") stays whole.
 */
final class PageTitle {
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»|«|~)\\s+|\\s*\\|\\s*");
  private static final int MAX_NAME_WORDS = 6;

  private PageTitle() {}

  /**
   * @param names what the site calls itself: its site name, publisher, host name's main label
   */
  static Optional<String> of(Document page, MetaTags meta, JsonLd ld, List<String> names) {
    List<String> keys = names.stream().map(PageTitle::key).filter(k -> k.length() >= 3).toList();
    Optional<String> h1 = headingOf(page).filter(h -> !keys.contains(key(h)));
    Optional<String> headline = ld.headline().map(t -> strip(t, keys));
    Optional<String> og = meta.first("og:title", "twitter:title").map(t -> strip(t, keys));
    Optional<String> title = Optional.of(clean(page.title())).filter(t -> !t.isEmpty())
        .map(t -> strip(t, keys));
    if (h1.isPresent()) {
      String heading = h1.get();
      for (Optional<String> other : List.of(headline, og, title)) {
        if (other.isPresent() && holds(other.get(), heading)) {
          return h1;
        }
      }
    }
    return headline.or(() -> og).or(() -> h1).or(() -> title).filter(t -> !t.isEmpty());
  }

  /** The article's first {@code <h1>}, else the page's. */
  private static Optional<String> headingOf(Document page) {
    Element h1 = page.selectFirst("article h1, main h1, [role=main] h1");
    if (h1 == null) {
      h1 = page.selectFirst("h1");
    }
    return Optional.ofNullable(h1).map(e -> clean(e.text())).filter(t -> !t.isEmpty());
  }

  /** Whether {@code title} is {@code heading}, or has it as a part between separators. */
  private static boolean holds(String title, String heading) {
    String wanted = key(heading);
    if (wanted.isEmpty()) {
      return false;
    }
    if (key(title).equals(wanted)) {
      return true;
    }
    for (String part : parts(title)) {
      if (key(part).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Drops leading and trailing parts that name the site. */
  static String strip(String title, List<String> names) {
    List<String> parts = parts(clean(title));
    while (parts.size() > 1 && namesSite(parts.get(parts.size() - 1), names, false)) {
      parts.remove(parts.size() - 1);
    }
    boolean cut = false;
    while (parts.size() > 1 && namesSite(parts.get(0), names, true)) {
      parts.remove(0);
      cut = true;
    }
    String rest = String.join("", parts);
    if (cut) {
      Matcher m = SEPARATOR.matcher(rest);
      rest = m.lookingAt() ? rest.substring(m.end()) : rest;
    }
    return rest.strip();
  }

  /**
   * The title cut before each separator; each part but the first keeps its separator, so that
   * joining them gives back the title.
   */
  private static List<String> parts(String title) {
    List<String> parts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        parts.add(title.substring(start, m.start()));
        start = m.start();
      }
    }
    parts.add(title.substring(start));
    return parts;
  }

  /**
   * A trailing part names the site if it is short and holds a site name or is held by one
   * ("cleveland.com" for "cleveland"); a leading part, which is more often the headline's own
   * words, must be the site's name exactly.
   */
  private static boolean namesSite(String part, List<String> names, boolean leading) {
    String text = SEPARATOR.matcher(part).replaceFirst("").strip();
    String k = key(text);
    if (k.isEmpty() || text.split("\\s+").length > MAX_NAME_WORDS) {
      return false;
    }
    for (String name : names) {
      if (k.equals(name) || !leading && (k.contains(name) || name.contains(k) && k.length() >= 4)) {
        return true;
      }
    }
    return false;
  }

  static String clean(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Letters and digits only, lower case, without accents: how two spellings of a name compare. */
  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
