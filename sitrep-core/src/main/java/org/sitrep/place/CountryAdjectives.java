package org.sitrep.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.DataTable;

/**
 * Country adjectives and demonyms ("Libyan", "British", "U.S."), to the country's ISO3 code, from
 * the table the actor coder also reads. A gazetteer indexes names, not adjectives, so a toponym
 * such as "French" in "French officials" finds no place without this.
 */
final class CountryAdjectives {
  /** The actor coder's table, and the resolver's additions to it. */
  private static final String[] TABLES =
      {"/org/sitrep/normalize/demonyms.tsv", "country-adjectives.tsv"};

  private final Map<String, String> countryByWord;

  private CountryAdjectives(Map<String, String> countryByWord) {
    this.countryByWord = countryByWord;
  }

  static CountryAdjectives loadDefault() {
    Map<String, String> map = new HashMap<>();
    for (String table : TABLES) {
      for (DataTable.Line line : DataTable.bundled(CountryAdjectives.class, table)) {
        for (String adjective : line.cell(1).split("\\|")) {
          map.putIfAbsent(adjective.toLowerCase(Locale.ROOT), line.cell(0));
        }
      }
    }
    return new CountryAdjectives(Map.copyOf(map));
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
