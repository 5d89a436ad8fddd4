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
  /** A toll over many events ("have been killed since the war began"), not one event's. */
  TOTAL("total toll");

  private final String label;

  Modality(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
