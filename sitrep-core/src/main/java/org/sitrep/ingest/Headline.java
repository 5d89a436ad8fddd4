package org.sitrep.ingest;

import java.util.regex.Pattern;

/**
 * Whether a line set apart at the top of a report reads as its headline.
 *
 * <p>Why: many reports have no title, and their first paragraph is often one long line that a blank
 * line sets apart just like a headline. Taking it as the title would hide the lead sentence, the
 * one most likely to state the event, so a headline must be short and must not end as a sentence
 * does (headlines drop the full stop; "?" and "!" are kept by some outlets). Two kinds of headline
 * do end in a full stop and are let through: those in title case ("Army Retakes The Town.") and
 * those that end in an abbreviation ("Fighting Spreads Across The U.S.").
 */
final class Headline {
  private static final int MAX_WORDS = 25;
  private static final int MAX_CHARS = 250;
  private static final double TITLE_CASE_SHARE = 0.8;

  /** "U.S." or "L.A." at the very end: a full stop that belongs to the word. */
  private static final Pattern ABBREVIATION_END =
      Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$");

  private Headline() {}

  static boolean isHeadline(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return false;
    }
    if (text.split("\\s+").length > MAX_WORDS) {
      return false;
    }
    return !endsAsSentence(text);
  }

  /** A final full stop, but not an ellipsis, which teaser headlines use. */
  private static boolean endsAsSentence(String text) {
    return text.endsWith(".")
        && !text.endsWith("...")
        && !ABBREVIATION_END.matcher(text).find()
        && !isTitleCase(text);
  }

  /** Most words of four letters or more start with a capital, as in "Army Retakes The Town". */
  static boolean isTitleCase(String text) {
    int longWords = 0;
    int capitalised = 0;
    for (String word : text.split("[\\s\"'‘“(]+")) {
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        longWords++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 2 && capitalised >= TITLE_CASE_SHARE * longWords;
  }
}
