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
import org.jsoup.parser.Parser;

/**
 * The article's headline, which is rarely the page's {@code <title>}: that one carries the site's
 * name (" | The Daily Example", "Example News - ") and sometimes a section. The stated titles
 * (JSON-LD {@code headline}, {@code og:title}, {@code <title>}) first lose a leading or trailing
 * part that names the site.
 *
 * <p>The headline readers see is the article's {@code <h1>}; the stated titles are often shorter
 * or search-engine versions of it. So an {@code <h1>} wins when a stated title agrees with it or
 * holds it as one of its parts; a stated title wins when the {@code <h1>} is that title with a
 * label ("Opinion") in front; and an unconfirmed {@code <h1>} is still taken when it sits in the
 * article and has a headline's length, or shares words with a stated title. Otherwise (no {@code
 * <h1>}, or one that is a logo, a section name or a sidebar's) the stated titles are used, in the
 * order above.
 *
 * <p>A part is dropped only when it names the site, so a headline with its own dash ("Ukraine - a
 * year on") stays whole.
 */
final class PageTitle {
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»|«|~)\\s+|\\s*\\|\\s*");
  private static final int MAX_NAME_WORDS = 6;
  /** A headline has at least this many words; fewer is a section's or a site's name. */
  private static final int MIN_WORDS = 3;
  private static final int MAX_KICKER_WORDS = 3;
  private static final int MAX_SECTION_WORDS = 2;
  /** A shorter name is too easily found spelled out by chance in other words. */
  private static final int MIN_ABBREVIATED = 6;
  private static final String ARTICLE =
      "article, main, [role=main], [itemprop=articleBody], [itemtype*=Article]";
  private static final String CHROME =
      "nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo]";

  private PageTitle() {}

  /**
   * @param names what the site calls itself: its site name, publisher, host name's main label
   */
  static Optional<String> of(Document page, MetaTags meta, JsonLd ld, List<String> names) {
    List<String> keys = names.stream().map(PageTitle::key).filter(k -> k.length() >= 3).toList();
    List<String> stated = new ArrayList<>();
    ld.headline().map(t -> strip(t, keys)).ifPresent(stated::add);
    meta.first("og:title", "twitter:title").map(t -> strip(t, keys)).ifPresent(stated::add);
    Optional.of(clean(page.title())).filter(t -> !t.isEmpty()).map(t -> strip(t, keys))
        .ifPresent(stated::add);
    stated.removeIf(t -> t.isEmpty() || keys.contains(key(t)));
    List<Element> headings = headingsOf(page, keys);
    for (Element h1 : headings) {
      String heading = clean(h1.text());
      for (String other : stated) {
        if (holds(other, heading)) {
          return Optional.of(heading);
        }
        if (kicker(heading, other)) {
          return Optional.of(other);
        }
      }
    }
    if (!headings.isEmpty()) {
      String heading = clean(headings.get(0).text());
      boolean inArticle = headings.get(0).closest(ARTICLE) != null;
      if (words(heading) >= MIN_WORDS && (inArticle || stated.isEmpty()
          || stated.stream().anyMatch(other -> sharesWords(heading, other)))) {
        return Optional.of(heading);
      }
    }
    return stated.stream().findFirst();
  }

  /**
   * The page's {@code <h1>}s, those in the article or main content first; never one in a menu,
   * sidebar or footer, nor one that is the site's name (a logo).
   */
  private static List<Element> headingsOf(Document page, List<String> keys) {
    List<Element> inside = new ArrayList<>();
    List<Element> outside = new ArrayList<>();
    for (Element h1 : page.select("h1")) {
      String text = clean(h1.text());
      if (!text.isEmpty() && !keys.contains(key(text)) && h1.closest(CHROME) == null) {
        (h1.closest(ARTICLE) != null ? inside : outside).add(h1);
      }
    }
    inside.addAll(outside);
    return inside;
  }

  /**
   * Whether {@code heading} is {@code title} with a short label before or after it, as in an
   * {@code <h1>} that shows "Opinion" or "Exclusive" in a span of its own.
   */
  private static boolean kicker(String heading, String title) {
    String h = key(heading);
    String t = key(title);
    if (words(title) < MIN_WORDS || t.isEmpty() || h.length() <= t.length()
        || !(h.endsWith(t) || h.startsWith(t))) {
      return false;
    }
    return words(heading) - words(title) <= MAX_KICKER_WORDS;
  }

  private static boolean sharesWords(String a, String b) {
    List<String> longer = List.of(b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    for (String word : a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 4 && longer.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
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
    String separator = null;
    while (parts.size() > 1 && namesSite(parts.get(parts.size() - 1), names, false)) {
      separator = separatorOf(parts.remove(parts.size() - 1));
    }
    // "Headline | Section | Site": a one- or two-word part before the site's, set off the same way.
    String last = parts.get(parts.size() - 1);
    if (separator != null && parts.size() > 1 && separator.equals(separatorOf(last))
        && words(SEPARATOR.matcher(last).replaceFirst("")) <= MAX_SECTION_WORDS) {
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

  private static String separatorOf(String part) {
    Matcher m = SEPARATOR.matcher(part);
    return m.lookingAt() ? m.group().strip() : "";
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
      if (k.equals(name) || !leading && (k.contains(name) || name.contains(k) && k.length() >= 4
          || name.length() >= MIN_ABBREVIATED && abbreviates(name, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name}'s letters appear in order in {@code part}: a host name abbreviates the
   * site's name that way ("nytimes" in "The New York Times", "thecrimson" in "The Harvard
   * Crimson").
   */
  private static boolean abbreviates(String name, String part) {
    int at = 0;
    for (int i = 0; i < part.length() && at < name.length(); i++) {
      at += part.charAt(i) == name.charAt(at) ? 1 : 0;
    }
    return at == name.length();
  }

  static String clean(String text) {
    return Parser.unescapeEntities(text, false).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Letters and digits only, lower case, without accents: how two spellings of a name compare. */
  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
