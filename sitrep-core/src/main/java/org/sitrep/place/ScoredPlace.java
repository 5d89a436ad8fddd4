package org.sitrep.place;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Place;

/**
 * A candidate place with the score the ranker gave it and the reasons, in words, that add up to
 * it (shown by {@code gazetteer lookup} and {@code --explain}).
 */
public record ScoredPlace(Place place, double score, List<String> reasons) {
  public ScoredPlace {
    Objects.requireNonNull(place, "place");
    reasons = List.copyOf(reasons);
  }
}
