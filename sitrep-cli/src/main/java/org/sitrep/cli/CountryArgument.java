package org.sitrep.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.IsoCountries;
import org.sitrep.model.Place;
import org.sitrep.place.PlaceContext;
import org.sitrep.place.PlaceRanker;
import org.sitrep.place.ScoredPlace;

/**
 * Reads a country as a user writes it on the command line: an ISO 3166-1 alpha-2 code (LB), an
 * alpha-3 code (LBN) or a name the gazetteer knows (Lebanon, Ivory Coast), into an alpha-3 code of
 * a country in the gazetteer.
 */
final class CountryArgument {
  /** GeoNames' user-assigned codes, which the JDK's ISO tables lack. */
  private static final Map<String, String> USER_ASSIGNED = Map.of("XK", "XKX");

  private CountryArgument() {}

  /** The country's alpha-3 code, or empty when the text names no country the gazetteer has. */
  static Optional<String> iso3(String text, PlaceRanker ranker) {
    String t = text.strip();
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.matches("[A-Z]{2}")) {
      Optional<String> iso3 = alpha3(upper).filter(c -> ranker.country(c).isPresent());
      if (iso3.isPresent()) {
        return iso3;
      }
    }
    if (upper.matches("[A-Z]{3}") && ranker.country(upper).isPresent()) {
      return Optional.of(upper);
    }
    return ranker.rank(t, PlaceContext.NONE).stream()
        .map(ScoredPlace::place)
        .filter(p -> p.featureCode().startsWith("PCL") && !p.iso3().isEmpty())
        .map(Place::iso3)
        .findFirst();
  }

  private static Optional<String> alpha3(String iso2) {
    if (USER_ASSIGNED.containsKey(iso2)) {
      return Optional.of(USER_ASSIGNED.get(iso2));
    }
    return IsoCountries.alpha3(iso2);
  }
}
