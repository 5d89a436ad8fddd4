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
 */
public record ActorScope(Optional<String> country, Optional<LocalDate> date) {
  /** No country, no date: only rows that apply everywhere and are still in force. */
  public static final ActorScope NONE = new ActorScope(Optional.empty(), Optional.empty());

  public ActorScope {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    country = country.map(String::trim).filter(c -> !c.isEmpty());
  }

  public static ActorScope of(Optional<String> country) {
    return new ActorScope(country, Optional.empty());
  }

  /** The same date in another country's story, e.g. for "Turkish drones" in a Syrian story. */
  public ActorScope in(String iso3) {
    return new ActorScope(Optional.of(iso3), date);
  }
}
