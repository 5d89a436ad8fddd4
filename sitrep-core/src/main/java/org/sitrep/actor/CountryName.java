package org.sitrep.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How ACLED names a country inside actor names, and the periods of its regimes.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name as in "Civilians (United States)"
 * @param nameAfterOf as in "Military Forces of the United States"
 * @param regimes the country's regimes in date order, as in "(2017-)"; may be empty
 */
record CountryName(String iso3, String name, String nameAfterOf, List<Regime> regimes) {

  /** From {@code from} on, "{period}" in the country's actor names reads " (label)". */
  record Regime(LocalDate from, String label, String source) {}

  CountryName {
    regimes = List.copyOf(regimes);
  }

  CountryName withRegimes(List<Regime> newRegimes) {
    return new CountryName(iso3, name, nameAfterOf, newRegimes);
  }

  /** The regime in office on the date: the latest begun by then; the latest of all when undated. */
  Optional<Regime> regimeOn(Optional<LocalDate> date) {
    Regime found = null;
    for (Regime r : regimes) {
      if (date.isEmpty() || !r.from().isAfter(date.get()) || found == null) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The label of {period}, e.g. "2019-"; empty when the country has no regime listed. */
  String period(Optional<LocalDate> date) {
    return regimeOn(date).map(Regime::label).orElse("");
  }
}
