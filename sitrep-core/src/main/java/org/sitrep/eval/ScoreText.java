package org.sitrep.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the articles scorer folds text, ported from {@code shared/eval/articles/score.py} ({@code
 * norm}, {@code country_key}, {@code _tokens} and the split of gold evidence into sentences). The
 * port keeps Python's character classes on purpose: the Java scorer must give score.py's figures.
 */
final class ScoreText {
  /** Python's {@code str.isspace()} and {@code \s}: wider than Java's {@code \s}. */
  static final String PY_SPACE =
      "[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u0085\\u00A0\\u1680\\u2000-\\u200A"
          + "\\u2028\\u2029\\u202F\\u205F\\u3000]";

  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  /** A sentence ends at . ! ? or a closing quote, and the next starts with a capital or a quote. */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?\\u201D])" + PY_SPACE + "+(?=[A-Z\\u201C\"])");

  private static final Pattern PY_EDGE_SPACE =
      Pattern.compile("^" + PY_SPACE + "+|" + PY_SPACE + "+$");

  static final Map<String, String> COUNTRY_SYNONYMS =
      Map.ofEntries(
          Map.entry("palestinian territories", "palestine"),
          Map.entry("palestinian territory", "palestine"),
          Map.entry("state of palestine", "palestine"),
          Map.entry("occupied palestinian territory", "palestine"),
          Map.entry("gaza strip", "palestine"),
          Map.entry("west bank", "palestine"),
          Map.entry("united states of america", "united states"),
          Map.entry("usa", "united states"),
          Map.entry("us", "united states"),
          Map.entry("turkiye", "turkey"),
          Map.entry("republic of turkey", "turkey"),
          Map.entry("syrian arab republic", "syria"),
          Map.entry("iran islamic republic of", "iran"),
          Map.entry("islamic republic of iran", "iran"),
          Map.entry("uk", "united kingdom"),
          Map.entry("great britain", "united kingdom"),
          Map.entry("plurinational state of bolivia", "bolivia"),
          Map.entry("bolivia plurinational state of", "bolivia"));

  /** Short words too common to show that two sentences report the same thing. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "the", "and", "that", "with", "for", "was", "were", "has", "had", "have", "said", "from",
          "its", "his", "her", "their", "they", "this", "which", "who", "after", "into", "but",
          "not", "are", "been", "also");

  private ScoreText() {}

  /**
   * Lowercase ASCII letters and digits separated by single spaces: accents dropped (NFKD, then
   * combining marks removed), soft hyphens removed, everything else a space. {@code null} is "".
   */
  static String norm(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> !isCombining(cp)).forEach(kept::appendCodePoint);
    String lower = kept.toString().toLowerCase(Locale.ROOT).replace("\u00AD", "");
    return NOT_ALNUM.matcher(lower).replaceAll(" ").strip();
  }

  /** A country name folded so that "Türkiye", "Gaza Strip" or "USA" compare as ACLED's name. */
  static String countryKey(String country) {
    String n = norm(country);
    return COUNTRY_SYNONYMS.getOrDefault(n, n);
  }

  /** The content words of a text: folded words of 3 or more characters, less the stop words. */
  static Set<String> contentWords(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : norm(text).split(" ")) {
      if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** The sentences of a piece of gold evidence, as score.py splits it; blank pieces dropped. */
  static List<String> sentences(String evidence) {
    List<String> out = new ArrayList<>();
    for (String piece : SENTENCE_BREAK.split(evidence, -1)) {
      if (!pyStrip(piece).isEmpty()) {
        out.add(piece);
      }
    }
    return out;
  }

  /** Python's {@code str.strip()}: the edges' whitespace in Python's sense removed. */
  static String pyStrip(String text) {
    return PY_EDGE_SPACE.matcher(text).replaceAll("");
  }

  /** An event's article id: the base name of its {@code article} path less ".txt". */
  static String articleId(String path) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    return base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
  }

  /**
   * Python's {@code unicodedata.combining(c) != 0}. Java has no accessor for the canonical
   * combining class, so it is read from canonical ordering: NFD moves a mark of class 1-239 in
   * front of U+0345 (class 240), and leaves a class-0 character behind it.
   */
  static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    if (type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK) {
      return false;
    }
    if (cp == 0x345) {
      return true;
    }
    String probe = "\u0345" + new String(Character.toChars(cp));
    return Normalizer.normalize(probe, Normalizer.Form.NFD).codePointAt(0) != 0x345;
  }
}
