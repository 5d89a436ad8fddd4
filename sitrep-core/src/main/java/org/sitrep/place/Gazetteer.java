package org.sitrep.place;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Finds the places a name may refer to. A gazetteer only searches: it folds the name with
 * {@link PlaceNames} (the same chain that built its index) and returns every place indexed under
 * it, unranked. Choosing among them in context is {@link PlaceRanker}'s job, so a new index never
 * copies the ranking (the split CLIFF-CLAVIN makes between its gazetteer and its resolver).
 *
 * <p>Implementations are immutable once open and safe to share across threads.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteers.openDefault(dataDir, System.err::println);
 * List<Candidate> found = gazetteer.candidates("Dayr az Zawr");  // Deir ez-Zor city, province, ...
 * }</pre>
 */
public interface Gazetteer {
  /** Places indexed under the name, or under a spelling variant of it; empty when none. */
  List<Candidate> candidates(String name);

  /**
   * Places whose names lie an edit or two from the name ({@link Candidate.Match#FUZZY}), for a name
   * that {@link #candidates} does not find. A separate call because it costs tens of exact
   * lookups, and a ranker only wants it when the context can vouch for what it finds.
   */
  default List<Candidate> nearSpellings(String name) {
    return List.of();
  }

  /** The country with this ISO 3166-1 alpha-3 code, as a PCLI place at its capital. */
  Optional<Place> country(String iso3);

  /**
   * Where a country (PCLI) or a province (ADM1) is governed from: the country's capital or the
   * province's seat, as a town; empty for any other place or when none is held.
   */
  default Optional<Place> seatOf(Place area) {
    return Optional.empty();
  }

  /** The number of places held. */
  int size();
}
