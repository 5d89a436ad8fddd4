package org.sitrep.place;

import java.util.Objects;
import org.sitrep.model.Place;

/**
 * A place a gazetteer found for a name, with how the name matched it.
 *
 * @param place the place
 * @param mainName true when the name is the place's main name rather than an alternate
 * @param curated true for a row of Sitrep's hand-compiled supplements, which GeoNames' hamlets of
 *     the same name must not outrank
 * @param match how closely the name matched
 */
public record Candidate(Place place, boolean mainName, boolean curated, Match match) {
  public Candidate {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(match, "match");
  }

  /** How a name met an indexed name. */
  public enum Match {
    /** The folded names are equal. */
    EXACT,
    /** Equal after the looser spelling folds (vowel swaps, doubled letters, "Tell/Tal"). */
    VARIANT,
    /** Within an edit or two of an indexed name. */
    FUZZY
  }
}
