package org.sitrep.actor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.DataTable;

/** Country adjectives as news writes them ("Pakistani", "Afghan", "Israel's"), to their ISO3. */
public final class Demonyms {
  private final Map<String, String> countryByAdjective;

  private Demonyms(Map<String, String> countryByAdjective) {
    this.countryByAdjective = countryByAdjective;
  }

  public static Demonyms loadDefault() {
    Map<String, String> map = new HashMap<>();
    for (DataTable.Line line : DataTable.bundled(Demonyms.class, "demonyms.tsv")) {
      for (String adjective : line.cell(1).split("\\|")) {
        map.put(adjective.toLowerCase(Locale.ROOT), line.cell(0));
      }
    }
    return new Demonyms(Map.copyOf(map));
  }

  public Optional<String> country(String word) {
    return Optional.ofNullable(countryByAdjective.get(word.toLowerCase(Locale.ROOT)));
  }
}
