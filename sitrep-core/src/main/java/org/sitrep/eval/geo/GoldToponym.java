package org.sitrep.eval.geo;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.model.Span;

/**
 * One place name a gold corpus marks in an article.
 *
 * @param name the name as the annotators wrote it
 * @param span where the name stands in the article text, after {@link GoldSpans#align}
 * @param point the gold coordinates; empty for names the corpus does not geocode (GeoWebNews'
 *     demonyms, languages, homonyms, non-toponyms and the expressions around a toponym)
 * @param geonameId the gold GeoNames id, when the corpus gives one
 * @param kind the corpus's type of toponym ("Literal", "Metonymic", "Demonym", ...); empty when the
 *     corpus has no types (GeoVirus)
 * @param nonLocational GeoWebNews' flag for a name used for something other than a place
 */
public record GoldToponym(
    String name,
    Span span,
    Optional<GeoPoint> point,
    OptionalLong geonameId,
    String kind,
    boolean nonLocational) {
  /** Kinds whose names are not places at all: a precision check must not count them as gold. */
  private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("Non_Toponym", "Homonym");

  public GoldToponym {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(geonameId, "geonameId");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * True when the toponym is scored for resolution: it has gold coordinates. The Pragmatic Guide
   * geocodes exactly these; demonyms, languages and homonyms carry none.
   */
  public boolean geocoded() {
    return point.isPresent();
  }

  /** True when the annotation names a place in some way, so a detection overlapping it is right. */
  public boolean namesPlace() {
    return !NOT_PLACES.contains(kind);
  }
}
