package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/** Weekday and month names, which the coarse NER leaves untagged but which name no place or actor. */
public final class TimeWords {
  private static final Set<String> WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday", "tonight");

  private TimeWords() {}

  public static boolean isCalendarWord(String word) {
    // "a peaceful march" is a walk; the month is written with its capital.
    if (word.equals("march")) {
      return false;
    }
    // "arrested in May": the month is written with its capital, the verb "may" without.
    if (word.equals("May")) {
      return true;
    }
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
