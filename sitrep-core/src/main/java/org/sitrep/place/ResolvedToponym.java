package org.sitrep.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * What {@link ToponymResolver} made of one toponym of a document.
 *
 * @param name the toponym as written
 * @param top the best three readings in the document's context, best first, each with its score
 *     and reasons; empty when the name names no known place
 */
public record ResolvedToponym(String name, List<ScoredPlace> top) {
  public ResolvedToponym {
    Objects.requireNonNull(name, "name");
    top = List.copyOf(top);
  }

  /** The chosen reading, if the name names a place at all. */
  public Optional<ScoredPlace> chosen() {
    return top.stream().findFirst();
  }

  /** The chosen place, if any. */
  public Optional<Place> place() {
    return chosen().map(ScoredPlace::place);
  }
}
