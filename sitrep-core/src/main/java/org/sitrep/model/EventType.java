package org.sitrep.model;

/** ACLED's six event types and the disorder type each belongs to. */
public enum EventType {
  BATTLES("Battles", "Political violence"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence", "Political violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", "Political violence"),
  PROTESTS("Protests", "Demonstrations"),
  RIOTS("Riots", "Demonstrations"),
  STRATEGIC_DEVELOPMENTS("Strategic developments", "Strategic developments");

  private final String label;
  private final String disorderType;

  EventType(String label, String disorderType) {
    this.label = label;
    this.disorderType = disorderType;
  }

  public String label() {
    return label;
  }

  public String disorderType() {
    return disorderType;
  }

  /** Battles, explosions and remote violence, and violence against civilians. */
  public boolean politicalViolence() {
    return this == BATTLES || this == EXPLOSIONS_REMOTE_VIOLENCE
        || this == VIOLENCE_AGAINST_CIVILIANS;
  }
}
