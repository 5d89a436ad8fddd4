package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the text of a page's controls from the report: a photo gallery or video player copied with
 * the article ("1 of 46 Full Screen Autoplay Close Skip Ad × ... View Photos"), whose captions
 * tell of other days and places than the report's.
 *
 * <p>Why: such a block reads as one long paragraph, too long for a caption, and its captions are
 * full of event words ("Protesters clash with security forces"). Two or more control labels in one
 * paragraph do not occur in a sentence of news.
 */
final class PageChrome {
  private static final Pattern CONTROL = Pattern.compile(
      "\\b(?:Full Screen|Autoplay|Skip Ad|View Photos|View Gallery|Photo Gallery|Play Video|"
          + "Watch Video|Next Slide|Previous Slide|Enlarge this image|Toggle caption|hide caption|"
          + "Replay|Close Skip)\\b|\\b\\d{1,3} of \\d{1,3}\\b(?= [A-Z])");

  private PageChrome() {}

  static boolean isChrome(String paragraph) {
    Matcher m = CONTROL.matcher(paragraph);
    int labels = 0;
    while (m.find()) {
      labels++;
      if (labels >= 2) {
        return true;
      }
    }
    return false;
  }
}
