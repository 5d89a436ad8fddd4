package org.sitrep.ingest;

import java.util.regex.Pattern;

/**
 * Lines about how the report was made rather than what happened: "(Reporting by Jane Doe; Editing
 * by John Roe)", "Posted on June 3, 2017 by admin", "Updated: 14:02 GMT", "Copyright 2017 ...", and
 * the labelled lines blogs add around a post ("Tags: Idlib, clashes", "Read more: ...").
 *
 * <p>Why: these lines carry dates and names that extraction would otherwise read as an event date
 * or as actors; a posting date in particular is close to, but not, the date of the event, and a tag
 * list names places where nothing happened in this report.
 */
final class ProductionNote {
  /** Notes are short; a long line that starts with "Updated" is prose. */
  private static final int MAX_WORDS = 40;

  private static final Pattern CREDIT =
      Pattern.compile(
          "^[(\\[—–-]?\\s*(?:(?i:additional|further)\\s+)?"
              + "(?i:reporting|writing|editing|edited|written|compiled|produced|translated)"
              + "\\s+by\\b");

  private static final Pattern STAMP =
      Pattern.compile(
          "^(?:Posted|Published|Updated|Last updated|Last modified|First published|Dated?)"
              + "(?:\\s*:|\\s+(?:on|at|by|in)\\b|\\s+\\d|\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d)");

  /**
   * "[Translated from Indonesian]", "Translated from the French", "(Unofficial translation)": a
   * bracketed note, or one that opens with "Translated from" (a sentence may open with
   * "Translation").
   */
  private static final Pattern TRANSLATION =
      Pattern.compile("^(?:[(\\[]\\s*(?i:(?:unofficial\\s+|machine\\s+)?translat(?:ed|ion))\\b"
          + "|(?i:translated\\s+from)\\b)");

  private static final Pattern COPYRIGHT =
      Pattern.compile("^(?:©|\\(c\\)|(?i:copyright)\\b)|(?i:all rights reserved)\\.?$");

  private static final Pattern SITE_LABEL =
      Pattern.compile(
          "^(?i:tags|tagged|filed under|categories|category|share this|related|read more"
              + "|read also|see also|sources?)\\s*:");

  boolean isNote(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.split("\\s+", MAX_WORDS + 2).length > MAX_WORDS) {
      return false;
    }
    return CREDIT.matcher(text).find()
        || STAMP.matcher(text).find()
        || TRANSLATION.matcher(text).find()
        || COPYRIGHT.matcher(text).find()
        || SITE_LABEL.matcher(text).find();
  }
}
