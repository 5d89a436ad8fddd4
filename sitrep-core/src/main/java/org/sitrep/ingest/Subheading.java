package org.sitrep.ingest;

import java.util.regex.Pattern;

/**
 * Whether a line that stands as a paragraph of its own inside the body is a subheading ("How the
 * attack unfolded", "Journalists killed", "==Background==") rather than a sentence of the report.
 *
 * <p>Why: web pages and encyclopedia texts split a report with short headings that name a topic
 * with an event word in it. Read as sentences they become events with no date or place of their
 * own; the paragraphs under them tell the same things in full. A subheading is short, ends without
 * a sentence's punctuation and is not a list item or a lead-in to one ("Every hour in Gaza:").
 */
final class Subheading {
  private static final int MAX_WORDS = 10;
  /** Wiki markup: "== The attack ==". */
  private static final Pattern WIKI = Pattern.compile("^=+[^=]+=+$");
  /** A sentence, a lead-in or a quotation ends so; a heading does not. */
  private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("[.!?:;,\"'”’)\\]]$");
  /** "- 15 people are killed", "• 42 bombs dropped", "1. Tuesday": items of a list. */
  private static final Pattern LIST_ITEM = Pattern.compile("^([-–—•*·]|\\d+[.)])\\s*");

  private Subheading() {}

  /**
   * "* 2007 Bagram Airfield bombing", "- Related coverage": a short bulleted line with no
   * sentence in it, as in the "See also" lists of encyclopedia pages and the link lists of news
   * sites. Bulleted sentences ("- 15 people are killed") are not labels.
   */
  static boolean isLabelItem(String line) {
    String text = line.strip();
    java.util.regex.Matcher m = LIST_ITEM.matcher(text);
    if (!m.find()) {
      return false;
    }
    String rest = text.substring(m.end());
    boolean verbLike = rest.matches("(?i).*\\b(is|are|was|were|has|have|had|be|been)\\b.*");
    return !rest.isEmpty() && !ENDS_AS_SENTENCE.matcher(rest).find() && !verbLike
        && rest.split("\\s+").length <= MAX_WORDS;
  }

  static boolean isSubheading(String line) {
    String text = line.strip();
    if (WIKI.matcher(text).matches()) {
      return true;
    }
    if (text.isEmpty() || ENDS_AS_SENTENCE.matcher(text).find() || LIST_ITEM.matcher(text).find()) {
      return false;
    }
    int words = text.split("\\s+").length;
    return words <= MAX_WORDS && Character.isLetterOrDigit(text.charAt(0));
  }
}
