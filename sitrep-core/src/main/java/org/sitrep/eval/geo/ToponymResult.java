package org.sitrep.eval.geo;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Place;
import org.sitrep.place.ResolvedToponym;

/**
 * How one scored gold toponym was resolved.
 *
 * @param articleId the article it stands in
 * @param gold the gold toponym, which has coordinates
 * @param resolved what the resolver made of the name read at that place (the gold span, or the
 *     detected toponym overlapping it)
 * @param errorKm the distance from the chosen place to the gold point, {@link
 *     GeocodingMetrics#MAX_KM} when no place was chosen
 */
public record ToponymResult(
    String articleId, GoldToponym gold, ResolvedToponym resolved, double errorKm) {
  public ToponymResult {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(resolved, "resolved");
  }

  /** True when the gold has a GeoNames id and the chosen place has the same. */
  public boolean sameId() {
    Optional<Place> chosen = resolved.place();
    return gold.geonameId().isPresent() && chosen.isPresent()
        && chosen.get().geonameId() == gold.geonameId().getAsLong();
  }
}
