package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a text with their character offsets, in the form aliases are compared in: lower
 * case, possessive "'s" dropped, apostrophes removed. Hyphens and punctuation separate words, so
 * "al-Sham", "al Sham" and "Al-Sham" compare equal, and so do "Commando's Army" and "Commando Army".
 */
final class Words {

  /** One word: its text as written, its compared form and where it sits in the text. */
  record Word(String text, String folded, int start, int end) {

    /**
     * Short all-capital words (IS, SAA, US) are acronyms that read as ordinary words in lower case
     * ("is", "us"), so they only match when written in capitals.
     */
    boolean isShortAcronym() {
      return text.length() <= 3 && isCapitals();
    }

    /**
     * A longer acronym (FACT, CARE, MUST) or one with capitals inside (LeT) may spell an ordinary
     * word too, which lower case writes ("the fact that", "let"): it matches capitals or a
     * capitalised name ("Hamas", "Nato"), never a word in lower case.
     */
    boolean isAcronym() {
      return text.length() > 1 && isCapitals() || hasInnerCapital();
    }

    /** A word of a name: "Levies", "Shabaab". */
    boolean isCapitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** "LeT", "JeM", not "NATO": capitals inside a word that also has small letters. */
    boolean isMixedCase() {
      return hasInnerCapital() && !isCapitals();
    }

    /** "LeT", "JeM": capitals inside a word mark an acronym, however short. */
    private boolean hasInnerCapital() {
      return text.length() > 1 && text.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    boolean isLowerCase() {
      return text.chars().noneMatch(Character::isUpperCase);
    }

    private boolean isCapitals() {
      return text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
  }

  private Words() {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerApostrophe(text, i))) {
        i++;
      }
      String word = text.substring(start, i);
      words.add(new Word(word, fold(word), start, i));
    }
    return words;
  }

  private static boolean isInnerApostrophe(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '\u2019')
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i + 1));
  }

  private static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    lower = lower.replace("'", "").replace("\u2019", "");
    return AMERICAN.getOrDefault(lower, lower);
  }

  /**
   * The words of groups' names that British and American writing spell apart: "Volunteers for the
   * Defence of the Homeland" is the group the tables may list as "Defense". Both spellings compare
   * in the American one, so no table need list a name twice.
   */
  private static final Map<String, String> AMERICAN = Map.ofEntries(
      Map.entry("defence", "defense"), Map.entry("defences", "defenses"),
      Map.entry("centre", "center"), Map.entry("centres", "centers"),
      Map.entry("organisation", "organization"),
      Map.entry("organisations", "organizations"),
      Map.entry("mobilisation", "mobilization"),
      Map.entry("labour", "labor"), Map.entry("armoured", "armored"),
      Map.entry("neighbourhood", "neighborhood"),
      Map.entry("programme", "program"));

  /** The compared forms of words [from, to) joined by single spaces: the key of an alias index. */
  static String key(List<Word> words, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        key.append(' ');
      }
      key.append(words.get(i).folded());
    }
    return key.toString();
  }
}
