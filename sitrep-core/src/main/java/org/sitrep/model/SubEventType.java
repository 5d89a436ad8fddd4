package org.sitrep.model;

import java.util.Arrays;
import java.util.Optional;

/** ACLED's 25 sub-event types, each under one of its six event types, spelled as ACLED spells them. */
public enum SubEventType {
  ARMED_CLASH(EventType.BATTLES, "Armed clash"),
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
  CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
  SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
  SHELLING_ARTILLERY_MISSILE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
  REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
  GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
  ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
  PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
  EXCESSIVE_FORCE(EventType.PROTESTS, "Excessive force against protesters"),
  VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
  MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
  CHANGE_TO_GROUP(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
  HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
  LOOTING(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
  NON_VIOLENT_TRANSFER(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
  OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

  private final EventType eventType;
  private final String label;

  SubEventType(EventType eventType, String label) {
    this.eventType = eventType;
    this.label = label;
  }

  public EventType eventType() {
    return eventType;
  }

  /** ACLED's spelling, e.g. "Air/drone strike". */
  public String label() {
    return label;
  }

  public static Optional<SubEventType> fromLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label.trim())).findFirst();
  }
}
