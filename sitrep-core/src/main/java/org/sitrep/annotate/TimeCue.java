package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;

/** Words without which a sentence holds no date SUTime could resolve. */
final class TimeCue {
  private static final Set<String> WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "yesterday", "today", "tonight", "tomorrow", "week", "weekend", "month", "year", "ago",
      "last", "earlier", "overnight", "night", "morning", "evening", "afternoon", "dawn",
      "day", "days", "weeks", "months", "years");

  private TimeCue() {}

  static boolean startsDate(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    return WORDS.contains(w) || w.length() == 4 && w.chars().allMatch(Character::isDigit)
        || w.matches("\\d{1,2}(st|nd|rd|th)?") || w.matches("\\d{4}-\\d{2}-\\d{2}");
  }
}
