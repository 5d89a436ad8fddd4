package org.sitrep.ingest.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sitrep.internal.DataTable;

/**
 * Which parts of a page are not the article, told by what sites across the web call them: the tag
 * ({@code nav}, {@code aside}, {@code form}...), or a class, id, role or aria-label that names a
 * share bar, a related-stories list, a newsletter box, comments, an advert and the like. Also
 * which parts are picture captions and credits, kept apart from the body.
 *
 * <p>The names are matched as words of class and id values ({@link ElementNames}: {@code
 * article-share__bar}, {@code relatedStories}), so one word serves the many spellings of a CMS
 * theme; words that often also name the body itself ({@code content}, {@code main}, {@code
 * story}) are never taken as boilerplate. The words are data, in {@code boilerplate-words.tsv}
 * beside this class; the tags and roles, which HTML itself defines, are here.
 */
final class Boilerplate {
  /** Tags whose content is never article text; the headline is the title's, not the body's. */
  private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template",
      "button", "select", "option", "textarea", "input", "iframe", "svg", "canvas", "video",
      "audio", "object", "embed", "map", "head", "title", "meta", "link", "h1");

  /**
   * Tags of page furniture. Some sites wrap the whole page in one of them (ASP.NET's {@code
   * <form>}), so these are judged like names: see {@link #isBoilerplate}.
   */
  private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "form",
      "dialog", "menu");

  /** Roles of landmarks and widgets that are not the article. */
  private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "menu", "menubar", "toolbar", "dialog", "alertdialog", "tablist",
      "alert", "form");

  /** A short line that credits a picture rather than says anything: a caption apart. */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^\\(?(?:(?:photo|image|picture|video|illustration|graphic|header image|top image)s?"
          + "\\s+)?(?:credit|credits|courtesy|source)\\s*:|^(?:photo|image|picture|illustration)s?"
          + "\\s*(?::|by\\b)|(?:getty images|/ ?ap|/ ?afp|/ ?reuters|shutterstock)\\)?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A copyright notice or a call to sign up for a newsletter, as a block of its own. */
  private static final Pattern NOTICE = Pattern.compile(
      "^(?:©|\\(c\\)\\s|copyright\\b)|\\ball rights reserved\\.?$"
          + "|^(?:sign up|subscribe|get|want more|don't miss|never miss)\\b"
          + ".{0,160}\\bnewsletters?\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, Set<String>> WORDS = words();
  private static final Set<String> HIDING = WORDS.get("hidden-class");
  private static final Set<String> NAMES = WORDS.get("name");
  private static final Set<String> NAME_PAIRS = WORDS.get("name-pair");
  private static final Set<String> CAPTION_NAMES = WORDS.get("caption-name");
  private static final Set<String> LABELS = WORDS.get("label");

  private Boilerplate() {}

  /** The word lists of {@code boilerplate-words.tsv}, by kind; every kind is present. */
  private static Map<String, Set<String>> words() {
    Map<String, Set<String>> byKind = new HashMap<>();
    for (String kind : List.of("hidden-class", "name", "name-pair", "caption-name", "label")) {
      byKind.put(kind, new HashSet<>());
    }
    for (DataTable.Line line : DataTable.bundled(Boilerplate.class, "boilerplate-words.tsv")) {
      Set<String> words = byKind.get(line.cell(0));
      if (words == null || line.cell(1).isBlank()) {
        throw new IllegalStateException("boilerplate-words.tsv line " + line.number()
            + ": expected a known kind and a word");
      }
      words.add(line.cell(1));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    byKind.forEach((kind, words) -> frozen.put(kind, Set.copyOf(words)));
    return Map.copyOf(frozen);
  }

  /** Whether a short block is a copyright notice or a newsletter's call to sign up. */
  static boolean isNotice(String text) {
    return text.length() <= 250 && NOTICE.matcher(text).find();
  }

  /** Whether a short block only credits a picture ("Credit: Apple", "(Image credit: EA)"). */
  static boolean isCreditLine(String text) {
    return text.length() <= 120 && CREDIT_LINE.matcher(text).find();
  }

  /** "Story continues below advertisement", "Article continues below this ad" and the like. */
  private static final Pattern CONTINUES = Pattern.compile(
      "^(?:the )?(?:story|article|text|content|post|report)s? continues? (?:below|after|under)"
          + "(?: (?:this|the))?(?: (?:ad|advert|advertisement|video|ads))?\\W*$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Whether a whole block is an advert's or a widget's label ("Advertisement", "Read more"), or
   * holds no word at all (the quote marks of a pull quote's decoration).
   */
  static boolean isLabel(String text) {
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return true;
    }
    return text.length() <= 60 && (LABELS.contains(text.strip().toLowerCase(Locale.ROOT))
        || CONTINUES.matcher(text).find());
  }

  /** Whether an element's tag says it is never article text, wherever it is. */
  static boolean isNeverText(Element element) {
    return NEVER.contains(element.normalName());
  }

  /** Whether a class is one of the utility classes that hide an element ({@code hidden}). */
  private static boolean hiddenClass(Element element) {
    if (!element.hasAttr("class")) {
      return false;
    }
    for (String name : element.className().split(" ")) {
      if (HIDING.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element is page furniture, hidden, or has a role, class, id or label that names a
   * part of a page that is not the article. A wrapper of the whole page can look so too ({@code
   * has-sidebar}, an ASP.NET {@code <form>}, a body hidden until a script shows it), so the caller
   * weighs this against how much of the page's prose the element holds.
   */
  static boolean isBoilerplate(Element element) {
    if (FURNITURE.contains(element.normalName()) || element.hasAttr("hidden")
        || hiddenStyle(element.attr("style")) || hiddenClass(element)) {
      return true;
    }
    if (!element.hasAttr("class") && !element.hasAttr("id") && !element.hasAttr("role")
        && !element.hasAttr("aria-label")) {
      return false;
    }
    String role = element.attr("role").toLowerCase(Locale.ROOT);
    if (ROLES.contains(role)) {
      return true;
    }
    return ElementNames.matches(ElementNames.of(element), NAMES, NAME_PAIRS);
  }

  /** Whether an element is a picture's caption or credit, or a picture with its words. */
  static boolean isCaption(Element element) {
    return element.normalName().equals("figcaption")
        || element.normalName().equals("figure") && !element.select("img, picture").isEmpty()
        || element.hasAttr("class") && ElementNames.matches(ElementNames.of(element),
            CAPTION_NAMES, Set.of());
  }

  private static boolean hiddenStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
