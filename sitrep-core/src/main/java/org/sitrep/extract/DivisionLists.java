package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;
import org.sitrep.internal.DivisionWords;

/**
 * Names listed before one division word in the plural: "the Qqq and Zzz regions", "in Aaa, Bbb
 * and Ccc districts". Each name is a division's, though the word follows only the last, and NER
 * may read an unknown first name as a person's.
 */
final class DivisionLists {
  static final Set<String> LIST_GLUE = Set.of(",", "and", "or");
  /** How many tokens a list may run before its division word. */
  private static final int LONGEST = 12;

  private DivisionLists() {}

  /**
   * Whether the name ending at {@code last}, which a glue word precedes at {@code first - 1},
   * ends a list whose division word follows it: the name then takes the word.
   */
  static boolean endsList(List<Token> tokens, int first, int last) {
    return last + 1 < tokens.size() && first >= 2 && glue(tokens.get(first - 1))
        && DivisionWords.singularOf(tokens.get(last + 1).word()).isPresent()
        && !afterBetween(tokens, first);
  }

  /**
   * Whether the name ending at {@code last} is followed by more names of a list that ends in a
   * division word in the plural: "Qqq" in "the Qqq and Zzz regions".
   */
  static boolean opensList(List<Token> tokens, int first, int last) {
    int k = last + 1;
    if (k >= tokens.size() || !glue(tokens.get(k))) {
      return false;
    }
    while (k < tokens.size() && k <= last + LONGEST
        && (glue(tokens.get(k)) || tokens.get(k).pos().startsWith("NNP"))) {
      k++;
    }
    return k < tokens.size() && !glue(tokens.get(k - 1))
        && DivisionWords.singularOf(tokens.get(k).word()).isPresent()
        && !afterBetween(tokens, first);
  }

  /**
   * "at the border between Qqq and Zzz regions": the list tells a line between the divisions,
   * not a place in each, and its names stay as they were.
   */
  static boolean afterBetween(List<Token> tokens, int name) {
    int k = name - 1;
    while (k >= 0 && (glue(tokens.get(k)) || tokens.get(k).pos().startsWith("NNP")
        || tokens.get(k).pos().equals("HYPH"))) {
      k--;
    }
    if (k >= 0 && tokens.get(k).pos().equals("DT")) {
      k--;
    }
    return k >= 0 && tokens.get(k).word().equalsIgnoreCase("between");
  }

  static boolean glue(Token t) {
    return LIST_GLUE.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
