package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The words news writes after a name to say it names an administrative division ("Maywand
 * district", "Sumy oblast", "Bankass circle"), from {@code division-words.tsv}. The spotter that
 * finds place names, the gazetteer's reading of a name and the frames of a place each kept a
 * list of their own, and a word added to one (Mali's cercle) had to be added to six; they now
 * read this one.
 */
public final class DivisionWords {
  /** The order of the division a word usually names. */
  public enum Order {
    /** First-order: a phrase ending in it names the division, not its seat. */
    AREA,
    /** Second-order: a division of the name outranks the town of the name. */
    DISTRICT,
    /** Third-order or lower, or an order that varies by country. */
    OTHER
  }

  /** What the word also ends when capitalised. */
  public enum Capitalised {
    /** Only a division: "Sagaing Region". */
    DIVISION,
    /** The names of groups too ("Islamic State"), though "the state of" a name is a division. */
    GROUP,
    /** The names of offices too ("Police Department", "the Department of Defense"). */
    OFFICE
  }

  /**
   * One word (or phrase of words) of a division.
   *
   * @param country the one country whose divisions alone the word names (ISO 3166 alpha-3), or
   *     empty: "upazila" is Bangladesh's, "tehsil" both Pakistan's and India's
   */
  public record Word(String text, Order order, Capitalised capitalised, Optional<String> country) {
    /** One word, no spaces: what a single token can match. */
    public boolean single() {
      return text.indexOf(' ') < 0;
    }
  }

  private static final String FILE = "division-words.tsv";
  private static final List<Word> WORDS = load();

  private record CountryParts(String country, String[] parts) {}

  private static final List<CountryParts> OF_ONE_COUNTRY = WORDS.stream()
      .filter(w -> w.country().isPresent())
      .map(w -> new CountryParts(w.country().get(), w.text().split(" "))).toList();

  private DivisionWords() {}

  /** Every word, in the file's order. */
  public static List<Word> all() {
    return WORDS;
  }

  /** The single words (no phrases) that pass {@code test}, in lower case. */
  public static Set<String> singleWords(Predicate<Word> test) {
    return WORDS.stream().filter(Word::single).filter(test).map(Word::text)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Single words in the plural ("regions", "counties"), each with its singular. */
  private static final java.util.Map<String, String> PLURALS = WORDS.stream()
      .filter(Word::single)
      .collect(Collectors.toUnmodifiableMap(w -> plural(w.text()), Word::text, (a, b) -> a));

  /**
   * The singular of a division word in the plural, which ends a list of names: "the Poltava and
   * Vinnytsia regions", "Kebbi and Kwara states". Empty for any other word.
   */
  public static Optional<String> singularOf(String word) {
    return Optional.ofNullable(PLURALS.get(word.toLowerCase(Locale.ROOT)));
  }

  private static String plural(String word) {
    if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word.matches(".*(?:s|sh|ch|x)$") ? word + "es" : word + "s";
  }

  /** A division word of one country, and where the name before it stands. */
  public record CountryWord(String country, int name) {}

  /**
   * The country of the division word that ends at token {@code last} of {@code words}, after a
   * capitalised name: "in Qqq upazila" is in Bangladesh. Empty when the word is no division's, is
   * several countries', or follows no name.
   */
  public static Optional<CountryWord> countryEndingAt(List<String> words, int last) {
    // Asked for every token of every report: the words of one country come split once.
    for (CountryParts w : OF_ONE_COUNTRY) {
      String[] parts = w.parts();
      int first = last - parts.length + 1;
      if (first < 1 || !Character.isUpperCase(words.get(first - 1).charAt(0))) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < parts.length && matches; k++) {
        matches = words.get(first + k).equalsIgnoreCase(parts[k]);
      }
      if (matches) {
        return Optional.of(new CountryWord(w.country(), first - 1));
      }
    }
    return Optional.empty();
  }

  private static List<Word> load() {
    return read(DataTable.bundled(DivisionWords.class, FILE), FILE);
  }

  /** The words of {@code lines}; a line of an unknown order or capitalisation fails, named. */
  static List<Word> read(List<DataTable.Line> lines, String name) {
    List<Word> words = new ArrayList<>();
    for (DataTable.Line line : lines) {
      try {
        String country = line.cell(3);
        words.add(new Word(line.cell(0).toLowerCase(Locale.ROOT),
            Order.valueOf(line.cell(1).toUpperCase(Locale.ROOT)),
            Capitalised.valueOf(line.cell(2).toUpperCase(Locale.ROOT)),
            country.isEmpty() || country.equals("-") ? Optional.empty() : Optional.of(country)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(name + " line " + line.number()
            + ": unknown order or capitalisation '" + line.cell(1) + "', '" + line.cell(2) + "'", e);
      }
    }
    return List.copyOf(words);
  }
}
