package org.sitrep.actor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an actor name depends on besides its words: the story's country ("the regime" is the
 * Syrian army in a Syrian story) and its date ("Military Forces of Ukraine (2019-)" after May 2019).
 *
 * @param country ISO3 of the story's country
 * @param date the day the story reports
 * @param story the story's whole text, for rows that apply only in stories that say certain
 *     words (a row's "when" column); empty when unknown
 */
public record ActorScope(Optional<String> country, Optional<LocalDate> date, String story) {
  /** No country, no date: only rows that apply everywhere and are still in force. */
  public static final ActorScope NONE = new ActorScope(Optional.empty(), Optional.empty());

  public ActorScope {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(story, "story");
    country = country.map(String::trim).filter(c -> !c.isEmpty());
  }

  public ActorScope(Optional<String> country, Optional<LocalDate> date) {
    this(country, date, "");
  }

  /** The same date in another country's story, e.g. for "Turkish drones" in a Syrian story. */
  public ActorScope in(String iso3) {
    return new ActorScope(Optional.of(iso3), date, story);
  }
}
