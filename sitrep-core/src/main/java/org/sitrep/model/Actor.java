package org.sitrep.model;

import java.util.Objects;

/**
 * A party to events, as a knowledge base knows it.
 *
 * @param name canonical ACLED-style name, e.g. "Military Forces of Syria (2000-)"
 * @param inter ACLED inter code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
 *     militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces
 * @param cameo CAMEO actor code, e.g. "SYRMIL"; empty when unknown
 * @param iso3 the actor's country, ISO 3166-1 alpha-3; empty for international actors
 * @param generic true for descriptions that name no particular group ("gunmen", "US-backed
 *     forces"), which a named actor of the same kind may stand in for when events are merged
 */
public record Actor(String name, int inter, String cameo, String iso3, boolean generic) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(iso3, "iso3");
    if (inter < 0 || inter > 8) {
      throw new IllegalArgumentException("inter code must be 0-8, was " + inter);
    }
  }
}
