package org.sitrep.eval.geo;

import java.util.List;
import java.util.Objects;

/**
 * One article of a geocoding gold corpus: its text and the toponyms marked in it, in text order.
 *
 * @param id the article's place in the corpus ("3" for the fourth) or its own id when it has one
 */
public record GeoArticle(String id, String text, List<GoldToponym> toponyms) {
  public GeoArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
    for (GoldToponym t : toponyms) {
      if (t.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "article " + id + ": toponym '" + t.name() + "' ends past the text");
      }
    }
  }
}
