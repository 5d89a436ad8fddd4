package org.sitrep.ingest;

/**
 * Whether a line set apart at the top of a report reads as its headline.
 *
 * <p>Why: many reports have no title, and their first paragraph is often one long line that a
 * blank line sets apart just like a headline. Taking it as the title would hide the lead sentence,
 * the one most likely to state the event, so a headline must be short and must not end as a
 * sentence does (headlines drop the full stop; "?" and "!" are kept by some outlets).
 */
final class Headline {
  private static final int MAX_WORDS = 30;
  private static final int MAX_CHARS = 250;

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
    return text.endsWith(".") && !text.endsWith("...");
  }
}
