package org.sitrep.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells photo captions and credits from body text.
 *
 * <p>Why: reports copied from news sites keep the photo caption, and a caption such as "Fighters
 * near Raqqa, Syria June 6, 2017. REUTERS/Name" carries a place and a date that belong to the photo,
 * not to the reported event. Extraction must skip it. A caption is recognised by a photo credit
 * (agency slash photographer, "Photo by", "Getty Images", "File photo"...) in a short unit that
 * either ends in the credit or is too short to be a body paragraph; or by a caption label such as
 * "Image caption" that news sites put in front of it.
 */
final class CaptionDetector {
  /** Captions are one or two lines; a long paragraph that names Reuters is body. */
  private static final int MAX_CHARS = 400;

  private static final int MAX_WORDS_WITH_CREDIT_AT_END = 60;
  private static final int MAX_WORDS_WITH_CREDIT_ANYWHERE = 20;

  /** How near the end a credit must start for the unit to "end in a credit". */
  private static final int CREDIT_TAIL = 80;

  private static final List<Pattern> CREDITS =
      List.of(
          // Agency slash photographer or slash agency: "REUTERS/Rodi Said", "AFP/Name", "EPA-EFE/X".
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

  /** A full stop followed by a capitalised word and a lower-case word: the start of prose. */
  private static final Pattern NEW_SENTENCE =
      Pattern.compile("[.!?]\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll}");

  boolean isCaption(String unit) {
    String text = unit.strip();
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return false;
    }
    int words = text.split("\\s+").length;
    if (CAPTION_LABEL.matcher(text).find()) {
      return words <= MAX_WORDS_WITH_CREDIT_AT_END;
    }
    int creditStart = lastCreditStart(text);
    if (creditStart < 0) {
      return false;
    }
    boolean endsInCredit =
        creditStart >= text.length() - CREDIT_TAIL && !sentenceAfter(text, creditStart);
    return words <= MAX_WORDS_WITH_CREDIT_ANYWHERE
        || (endsInCredit && words <= MAX_WORDS_WITH_CREDIT_AT_END);
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
   * True when a new sentence starts after the credit ("... REUTERS/Name. Fighting went on ..."), so
   * the credit does not close the unit.
   */
  private static boolean sentenceAfter(String text, int creditStart) {
    String tail = text.substring(creditStart);
    return NEW_SENTENCE.matcher(tail).find();
  }
}
