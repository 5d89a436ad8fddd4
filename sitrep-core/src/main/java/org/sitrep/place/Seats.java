package org.sitrep.place;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Where each country and province is governed from: a country's capital (GeoNames PPLC) and a
 * province's seat (PPLA). "In the Ugandan capital" and "the Manipur capital" name a city by its
 * office, not by its name; a gazetteer indexes names, so it gathers the seats apart, once.
 */
final class Seats {
  private final Map<String, Place> capitals = new HashMap<>();
  private final Map<String, Place> provinceSeats = new HashMap<>();

  /** Takes the place in if it is a seat; the most populous wins where GeoNames names two. */
  void offer(Place p) {
    if (p.featureCode().equals("PPLC")) {
      capitals.merge(p.iso3(), p, Seats::larger);
    } else if (p.featureCode().equals("PPLA") && !p.admin1().isEmpty()) {
      provinceSeats.merge(key(p.iso3(), p.admin1()), p, Seats::larger);
    }
  }

  /** The capital of a country (PCLI), or the seat of a province (ADM1); else empty. */
  Optional<Place> of(Place area) {
    if (area.featureCode().startsWith("PCL")) {
      return Optional.ofNullable(capitals.get(area.iso3()));
    }
    if (area.featureCode().equals("ADM1")) {
      return Optional.ofNullable(provinceSeats.get(key(area.iso3(), area.admin1())));
    }
    return Optional.empty();
  }

  private static String key(String iso3, String admin1) {
    return iso3 + '\t' + admin1;
  }

  private static Place larger(Place a, Place b) {
    return b.population() > a.population() ? b : a;
  }
}
