package org.sitrep.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * What a report says around a place name, which the ranker weighs: the story's country and places
 * already placed nearby in the text.
 *
 * @param country ISO 3166-1 alpha-3 code of the story's country, if known
 * @param near places the report names close to this one (other places of the article, the
 *     dateline, a place the user gives with {@code --near})
 */
public record PlaceContext(Optional<String> country, List<Place> near) {
  /** No context: the name alone decides. */
  public static final PlaceContext NONE = new PlaceContext(Optional.empty(), List.of());

  public PlaceContext {
    Objects.requireNonNull(country, "country");
    near = List.copyOf(near);
  }

  /** Context of a story set in one country (alpha-3), or none. */
  public static PlaceContext inCountry(Optional<String> iso3) {
    return new PlaceContext(iso3, List.of());
  }

  /** This context with more places nearby. */
  public PlaceContext near(List<Place> places) {
    List<Place> all = new java.util.ArrayList<>(near);
    all.addAll(places);
    return new PlaceContext(country, all);
  }
}
