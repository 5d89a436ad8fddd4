package org.sitrep.extract;

import java.util.List;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.internal.HarmWords;

/** Whether a sentence states anything an event could be read from, before it is parsed. */
final class Statements {
  private Statements() {}

  /**
   * "* 2007 Bagram Airfield bombing": a list entry or a label with no verb tells nothing; nor does
   * "[Protesters clash with police in the capital]", the bracketed title of another story that
   * a page links to.
   */
  static boolean tellsSomething(Sentence s) {
    String text = s.text().strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      return false;
    }
    return s.tokens().stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD"))
        || countLine(s);
  }

  /** "7 fatalities.": the count a coder's note ends with, which has no verb. */
  static boolean countLine(Sentence s) {
    List<Token> words = s.tokens().stream()
        .filter(t -> !t.pos().equals(".")).toList();
    return words.size() == 2 && words.get(0).pos().equals("CD")
        && HarmWords.countOnly(words.get(1).word());
  }
}
