package org.sitrep.place;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.DataTable;
import org.sitrep.model.Place;

/**
 * The seven continents, by name or adjective ("Europe", "European"), as GeoNames places of feature
 * code CONT. The gazetteer finds a continent by its name (world-features.tsv) but not by its
 * adjective, and news names continents by both ("European leaders", "across Africa").
 */
final class Continents {
  private final Map<String, Place> byKey;

  private Continents(Map<String, Place> byKey) {
    this.byKey = byKey;
  }

  static Continents loadDefault() {
    Map<String, Place> map = new HashMap<>();
    for (DataTable.Line line : DataTable.bundled(Continents.class, "continents.tsv")) {
      Place continent = new Place(Long.parseLong(line.cell(0)), line.cell(1),
          Double.parseDouble(line.cell(2)), Double.parseDouble(line.cell(3)), "CONT", "", "", "",
          "", 0);
      map.put(PlaceNames.key(line.cell(1)), continent);
      for (String adjective : line.cell(4).split("\\|")) {
        map.put(PlaceNames.key(adjective), continent);
      }
    }
    return new Continents(Map.copyOf(map));
  }

  /** The continent the phrase names, by name or adjective, in the plural too ("Europeans"). */
  Optional<Place> named(String phrase) {
    String key = PlaceNames.key(phrase);
    Place found = byKey.get(key);
    if (found == null && key.endsWith("s")) {
      found = byKey.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(found);
  }
}
