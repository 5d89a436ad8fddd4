package org.sitrep.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells photo captions and credits from body text.
 *
 * <p>Why: reports copied from news sites keep the photo caption, and a caption such as "Fighters
 * near Raqqa, Syria June 6, 2017. REUTERS/Name" carries a place and a date that belong to the
 * photo, not to the reported event. Extraction must skip it. A caption is recognised by a photo
 * credit (agency slash photographer, "Photo by", "Getty Images", "File photo"...) in a unit that
 * ends in the credit, or in a short unit that opens with the credit or is no full sentence (no
 * final full stop); or by a caption label such as "Image caption" that news sites put in front of
 * it.
 */
final class CaptionDetector {
  /** Captions are one or two lines; a long paragraph that names Reuters is body. */
  private static final int MAX_CHARS = 400;

  private static final int MAX_WORDS_WITH_CREDIT_AT_END = 60;
  private static final int MAX_WORDS_WITH_CREDIT_ANYWHERE = 20;

  /** The longest credit, from agency to photographer's name, that can close a caption. */
  private static final int CREDIT_TAIL = 50;

  private static final List<Pattern> CREDITS =
      List.of(
          // Agency slash photographer or slash agency: "REUTERS/Rodi Said", "AFP/Name",
          // "EPA-EFE/X".
          Pattern.compile(
              "\\b(?:REUTERS|Reuters|AFP(?: PHOTO)?|AP Photo|EPA(?:-EFE)?|ANADOLU|SANA|XINHUA)"
                  + "\\s?/\\s?\\p{Lu}"),
          Pattern.compile("\\p{L}/\\s?(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Anadolu)\\b"),
          Pattern.compile("\\bvia (?:REUTERS|Reuters|AFP|AP|Getty Images)\\b"),
          Pattern.compile("\\((?:AP|AFP) Photo\\b[^)]{0,80}\\)"),
          Pattern.compile("\\((?i:photo|photograph|image|picture|credit)s?\\s?:[^)]{0,80}\\)"),
          Pattern.compile("\\b(?i:photo|photograph|picture|image)s? (?:by|courtesy of)\\b"),
          Pattern.compile("\\bGetty Images\\b"),
          Pattern.compile("\\b(?:File|FILE) (?:photo|PHOTO|picture|PICTURE)\\b"));

  /** Labels that news sites print before a caption or credit, at the start of the line. */
  private static final Pattern CAPTION_LABEL =
      Pattern.compile(
          "^(?:Image|Media|Photo|Video) (?:caption|copyright|credit)\\b"
              + "|^(?i:photo|photograph|picture|file photo|caption)\\s?:");

  /** Lower-case words that belong to a credit rather than to a sentence. */
  private static final Set<String> CREDIT_WORDS =
      Set.of("via", "by", "of", "for", "and", "courtesy", "photo", "handout", "de", "bin", "van");

  boolean isCaption(String unit) {
    String text = unit.strip();
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return false;
    }
    int words = text.split("\\s+").length;
    if (CAPTION_LABEL.matcher(text).find()) {
      return words <= MAX_WORDS_WITH_CREDIT_AT_END;
    }
    int creditStart = firstCreditStart(text);
    if (creditStart < 0) {
      return false;
    }
    if (creditStart == 0 || isFragment(text)) {
      return words <= MAX_WORDS_WITH_CREDIT_ANYWHERE;
    }
    return endsInCredit(text.substring(lastCreditStart(text)))
        && words <= MAX_WORDS_WITH_CREDIT_AT_END;
  }

  /** No final full stop, question or exclamation mark: a caption fragment, not a sentence. */
  private static boolean isFragment(String text) {
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != '!' && last != '?';
  }

  /**
   * True when the line opens with a caption label ("Image caption", "Photo:"), which marks it even
   * where it is wedged between body lines without a sentence break.
   */
  boolean isLabelled(String line) {
    String text = line.strip();
    return text.length() <= MAX_CHARS && CAPTION_LABEL.matcher(text).find();
  }

  private static int firstCreditStart(String text) {
    int first = -1;
    for (Pattern credit : CREDITS) {
      Matcher m = credit.matcher(text);
      if (m.find() && (first < 0 || m.start() < first)) {
        first = m.start();
      }
    }
    return first;
  }

  private static int lastCreditStart(String text) {
    int last = -1;
    for (Pattern credit : CREDITS) {
      Matcher m = credit.matcher(text);
      while (m.find()) {
        last = Math.max(last, m.start());
      }
    }
    return last;
  }

  /**
   * True when the text from the credit on is only the credit: short, and its lower-case words are
   * credit words ("via", "courtesy of") or name particles ("al-Hassan"), not the rest of a sentence
   * such as "Getty Images said on Monday".
   */
  private static boolean endsInCredit(String tail) {
    if (tail.length() > CREDIT_TAIL) {
      return false;
    }
    for (String word : tail.split("[\\s/()]+")) {
      boolean lowerCase = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
      if (lowerCase && !CREDIT_WORDS.contains(word) && word.indexOf('-') < 0) {
        return false;
      }
    }
    return true;
  }
}
