package org.sitrep.model;

/**
 * Whether a statement says that an event happened. Only {@link #ASSERTED} mentions become events;
 * the rest are kept, with the cue word, to explain why they were not coded.
 */
public enum Modality {
  ASSERTED("asserted"),
  NEGATED("negated"),
  FUTURE("future"),
  CONDITIONAL("conditional"),
  INTENDED("intended"),
  HABITUAL("habitual"),
  /** One party's accusation ("accused the army of shelling"), not a report that it happened. */
  ALLEGED("alleged"),
  /**
   * A toll or a tale of many events ("have been killed since the war began", "a series of
   * attacks"), not one event's.
   */
  TOTAL("total over many events"),
  /** Told in a play, a film or a sketch ("an actress playing a news anchor reports that ..."). */
  FICTION("fiction");

  private final String label;

  Modality(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
