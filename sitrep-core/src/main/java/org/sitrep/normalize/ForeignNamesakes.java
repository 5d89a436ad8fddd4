package org.sitrep.normalize;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * A town abroad that shares its name with a place of the story's country the gazetteer lacks:
 * "Sagaing Region's Kani Township" is not Kani in Japan, a town of 100,000 in a country the story
 * never names. A place abroad stands when it is known the world over (a capital, a city of a
 * million), or when the story names its country or another place in it; an area stands too.
 */
final class ForeignNamesakes {
  /** A city this large is known the world over, by any of its names ("Kiev"). */
  static final long MILLION_CITY = 1_000_000;
  private static final long CAPITAL_CITY = 100_000;

  private ForeignNamesakes() {}

  /**
   * Whether a town abroad is known by its name the world over: a capital of 100,000 or a city of a
   * million (not the capital of a small island, "the village of Kingston").
   */
  static boolean knownAbroad(Place p) {
    return p.featureCode().equals("PPLC") && p.population() >= CAPITAL_CITY
        || p.population() >= MILLION_CITY;
  }

  /**
   * The story's places without the towns abroad that nothing else in the story vouches for, when
   * the story names a place in its own country.
   */
  static List<StoryContext.Named<Place>> without(List<StoryContext.Named<Place>> places,
      Optional<String> country) {
    if (country.isEmpty() || places.stream().noneMatch(n -> n.value().iso3().equals(country.get()))) {
      return places;
    }
    return places.stream().filter(n -> n.value().iso3().equals(country.get())
        || n.value().isArea() || knownAbroad(n.value()) || vouched(n.value(), places)).toList();
  }

  private static boolean vouched(Place p, List<StoryContext.Named<Place>> places) {
    return places.stream().anyMatch(o -> o.value().iso3().equals(p.iso3())
        && o.value().geonameId() != p.geonameId());
  }
}
