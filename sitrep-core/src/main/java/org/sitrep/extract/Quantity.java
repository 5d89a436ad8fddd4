package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A number of people as news writes it, coded by ACLED's rules: the most conservative figure ("at
 * least 13" is 13, "between 10 and 15" is 10), vague words by ACLED's conventions ("several" 3,
 * "tens" 10, "dozens" 12, "hundreds" 100), and an unknown number 10.
 */
public record Quantity(int value, String rule) {
  static final Quantity UNKNOWN = new Quantity(10, "unknown number of fatalities coded as 10");
  /** The rule of a figure read as written: a numeral or a number word. */
  static final String REPORTED = "reported figure";
  /** The rule of a figure given as its floor: "at least 13", "more than 13". */
  static final String AT_LEAST = "most conservative figure";

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
      Map.entry("thousand", 1000), Map.entry("dozen", 12), Map.entry("single", 1),
      Map.entry("both", 2), Map.entry("pair", 2), Map.entry("couple", 2), Map.entry("another", 1));
  private static final Map<String, Quantity> VAGUE = Map.ofEntries(
      Map.entry("several", new Quantity(3, "several coded as 3")),
      Map.entry("some", new Quantity(3, "some coded as 3")),
      Map.entry("few", new Quantity(3, "a few coded as 3")),
      Map.entry("number", new Quantity(3, "a number coded as 3")),
      Map.entry("handful", new Quantity(3, "a handful coded as 3")),
      Map.entry("multiple", new Quantity(3, "multiple coded as 3")),
      Map.entry("many", new Quantity(10, "many coded as 10")),
      Map.entry("numerous", new Quantity(10, "numerous coded as 10")),
      Map.entry("tens", new Quantity(10, "tens coded as 10")),
      Map.entry("dozens", new Quantity(12, "dozens coded as 12")),
      Map.entry("scores", new Quantity(20, "scores coded as 20")),
      Map.entry("hundreds", new Quantity(100, "hundreds coded as 100")),
      Map.entry("thousands", new Quantity(1000, "thousands coded as 1000")));

  /** Reads one token as a number or a vague quantity. */
  public static Optional<Quantity> ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,7}")) {
      return Optional.of(new Quantity(Integer.parseInt(w), REPORTED));
    }
    if (w.matches("\\d+(-|–)\\d+")) {
      return Optional.of(new Quantity(Integer.parseInt(w.split("[-–]")[0]), "lower figure of a range"));
    }
    if (WORDS.containsKey(w)) {
      return Optional.of(new Quantity(WORDS.get(w), REPORTED));
    }
    return Optional.ofNullable(VAGUE.get(w));
  }

  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3,
      "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

  /**
   * The number word {@code i} of {@code words} writes, read with the tens before it or the unit
   * after it: the tokenizer cuts "twenty-one" in three, and "thirty five" is two words.
   */
  static Optional<Quantity> ofWordAt(java.util.List<String> words, int i) {
    Optional<Quantity> own = figureAt(words, i);
    // "five to eight villagers", "between five and eight": ACLED codes the lower figure.
    if (own.isPresent() && own.get().reported() && i >= 2) {
      String glue = words.get(i - 1).toLowerCase(Locale.ROOT);
      boolean range = (glue.equals("to") && !aRise(words, i - 2)) || glue.equals("-")
          || glue.equals("–")
          || glue.equals("and") && i >= 3 && words.get(i - 3).equalsIgnoreCase("between");
      Optional<Quantity> lower = range ? figureAt(words, i - 2) : Optional.empty();
      if (lower.isPresent() && lower.get().reported() && lower.get().value() < own.get().value()) {
        return Optional.of(new Quantity(lower.get().value(), "lower figure of a range"));
      }
    }
    return own;
  }

  /** Words that tell a count changing: "the toll rose from five to seven". */
  private static final java.util.Set<String> RISES = java.util.Set.of(
      "rose", "risen", "rises", "rise", "climbed", "climbs", "jumped", "jumps", "increased",
      "increases", "grew", "grown", "soared", "up");

  /**
   * "The toll rose from five to seven": the first figure is what the count was and the second
   * what it came to, no range; the count is the second.
   */
  private static boolean aRise(java.util.List<String> words, int first) {
    return first >= 2 && words.get(first - 1).equalsIgnoreCase("from")
        && rise(words.get(first - 2));
  }

  /** Whether the word tells a count changing, before "from" its old figure. */
  static boolean rise(String word) {
    return RISES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Optional<Quantity> figureAt(java.util.List<String> words, int i) {
    Optional<Quantity> own = ofWord(words.get(i));
    String w = words.get(i).toLowerCase(Locale.ROOT);
    if (UNITS.containsKey(w)) {
      int before = i > 0 && words.get(i - 1).equals("-") ? i - 2 : i - 1;
      Integer tens = before >= 0 ? TENS.get(words.get(before).toLowerCase(Locale.ROOT)) : null;
      return tens == null ? own : Optional.of(new Quantity(tens + UNITS.get(w), REPORTED));
    }
    if (TENS.containsKey(w)) {
      int after = i + 1 < words.size() && words.get(i + 1).equals("-") ? i + 2 : i + 1;
      Integer unit = after < words.size() ? UNITS.get(words.get(after).toLowerCase(Locale.ROOT)) : null;
      return unit == null ? own : Optional.of(new Quantity(TENS.get(w) + unit, REPORTED));
    }
    return own;
  }

  /** True for a figure read as written, neither vague, a range's bound nor implied. */
  boolean reported() {
    return rule.equals(REPORTED);
  }

  /** A figure the words give, as written or as its floor ("at least 7"), not a vague word's. */
  boolean written() {
    return reported() || rule.equals(AT_LEAST);
  }

  Quantity withRule(String newRule) {
    return new Quantity(value, newRule);
  }
}
