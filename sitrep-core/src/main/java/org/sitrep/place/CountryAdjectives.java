package org.sitrep.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.DataTable;
import org.sitrep.internal.IsoCountries;

/**
 * Country adjectives and demonyms ("Libyan", "British", "U.S."), to the country's ISO3 code, from
 * the table the actor coder also reads. A gazetteer indexes names, not adjectives, so a toponym
 * such as "French" in "French officials" finds no place without this.
 */
final class CountryAdjectives {
  private final Map<String, String> countryByWord;

  private CountryAdjectives(Map<String, String> countryByWord) {
    this.countryByWord = countryByWord;
  }

  /**
   * The actor coder's table (alpha-3 codes) and the place package's table of every country's
   * adjectives and people (alpha-2 codes).
   */
  static CountryAdjectives loadDefault() {
    Map<String, String> map = new HashMap<>();
    for (DataTable.Line line : DataTable.bundled(CountryAdjectives.class,
        "/org/sitrep/actor/demonyms.tsv")) {
      add(map, line.cell(1), line.cell(0));
    }
    for (DataTable.Line line : DataTable.bundled(CountryAdjectives.class, "demonyms.tsv")) {
      if (!line.cell(1).isEmpty()) {
        IsoCountries.alpha3(line.cell(0)).ifPresent(iso3 -> add(map, line.cell(1), iso3));
      }
    }
    return new CountryAdjectives(Map.copyOf(map));
  }

  private static void add(Map<String, String> map, String words, String iso3) {
    for (String adjective : words.split("\\|")) {
      map.putIfAbsent(adjective.toLowerCase(Locale.ROOT), iso3);
    }
  }

  /** The country the word is an adjective of; a plural demonym ("Libyans") counts too. */
  Optional<String> country(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    String found = countryByWord.get(w);
    if (found == null && w.endsWith("s")) {
      found = countryByWord.get(w.substring(0, w.length() - 1));
    }
    return Optional.ofNullable(found);
  }
}
