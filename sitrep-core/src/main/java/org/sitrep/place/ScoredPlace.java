package org.sitrep.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Place;

/**
 * A candidate place with the score the ranker gave it and the reasons that add up to it (shown by
 * {@code gazetteer lookup} and {@code --explain}).
 *
 * @param mainName true when the phrase is the place's main name, not one of its alternates
 * @param why the parts of the score, in the order they were added
 */
public record ScoredPlace(Place place, double score, boolean mainName, List<Reason> why) {
  public ScoredPlace {
    Objects.requireNonNull(place, "place");
    why = List.copyOf(why);
  }

  /** The reasons in words, e.g. "+2.0 feature PPLA". */
  public List<String> reasons() {
    return why.stream().map(Reason::toString).toList();
  }

  /** This candidate with more points, for the reason given. */
  public ScoredPlace plus(double points, String words) {
    List<Reason> more = new ArrayList<>(why);
    more.add(new Reason(points, words));
    return new ScoredPlace(place, score + points, mainName, more);
  }

  /** The same candidate at another point of the same place (an area's centre). */
  public ScoredPlace at(Place moved) {
    return new ScoredPlace(moved, score, mainName, why);
  }
}
