package org.sitrep.extract;

import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * The sub-event type the words of a weapon make of a trigger's sense: "suicide" a suicide bomb,
 * "teargas" a protest met with force, "mortars" shelling, "a bomb attack" a planted explosive.
 * The words are those {@link WeaponWords#modifiers} gathered around the trigger.
 */
final class WeaponTypes {
  private WeaponTypes() {}

  static SubEventType refine(SubEventType type, Set<String> modifiers, boolean bothWays) {
    if (modifiers.contains("suicide")) {
      return SubEventType.SUICIDE_BOMB;
    }
    // Tear gas and pepper gas are how police disperse a crowd, which ACLED codes as a protest
    // met with intervention, not as a chemical weapon.
    // "used water cannon and tear gas": gas beside a crowd's weapons is theirs too.
    boolean crowdGas = modifiers.stream().anyMatch(w -> WeaponWords.CROWD_GASES.contains(w)
        || w.equals("cannon") || w.equals("batons") || w.equals("rubber"));
    if (modifiers.contains("chemical") || modifiers.contains("gas") && !crowdGas
        || modifiers.contains("chlorine") || modifiers.contains("sarin")
        || modifiers.contains("mustard")) {
      return SubEventType.CHEMICAL_WEAPON;
    }
    boolean explosive = type == SubEventType.REMOTE_EXPLOSIVE
        || type == SubEventType.AIR_DRONE_STRIKE && !modifiers.contains("drone")
            && !modifiers.contains("drones") && !modifiers.contains("air");
    if (explosive && (modifiers.contains("car") || modifiers.contains("roadside")
        || modifiers.contains("ied"))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    // A grenade dropped from a drone is an air strike, one fired from a launcher a rocket.
    boolean launchedOrDropped = modifiers.stream().anyMatch(WeaponWords.LAUNCHED_OR_DROPPED::contains);
    boolean withGrenade = WeaponWords.GRENADES.stream().anyMatch(w -> modifiers.contains(WeaponWords.WITH + w));
    // "a grenade explosion", "a grenade blast": what went off was a grenade.
    if (type == SubEventType.REMOTE_EXPLOSIVE && withGrenade && !launchedOrDropped) {
      return SubEventType.GRENADE;
    }
    // "the rocket exploded in a field", "a mortar round went off": a fired munition that
    // explodes was shelled, not planted.
    if (type == SubEventType.REMOTE_EXPLOSIVE && modifiers.stream().anyMatch(WeaponWords.SHELLS::contains)
        && modifiers.stream().noneMatch(w -> WeaponWords.PLANTED_EXPLOSIVES.contains(w)
            || WeaponWords.AIRCRAFT.contains(w) || w.equals("car"))) {
      return SubEventType.SHELLING_ARTILLERY_MISSILE;
    }
    // "explosions and shots", "explosions/bursts of fire": explosions heard with small-arms fire
    // are a fight at the front, not a bomb.
    if (type == SubEventType.REMOTE_EXPLOSIVE && modifiers.stream().anyMatch(WeaponWords.GUNFIRE::contains)) {
      return SubEventType.ARMED_CLASH;
    }
    if (type == SubEventType.ARMED_CLASH && (modifiers.contains("terror")
        || modifiers.contains("terrorist"))) {
      // "a terror attack" is aimed at civilians; a target named armed makes it a battle again.
      return SubEventType.ATTACK;
    }
    // "fired teargas at the crowd", "fired rubber bullets at protesters": a crowd dispersed.
    if (type == SubEventType.ARMED_CLASH && modifiers.stream().anyMatch(WeaponWords.CROWD_CONTROL::contains)) {
      return SubEventType.PROTEST_WITH_INTERVENTION;
    }
    // "blocked the road with burning tyres": ACLED's codebook counts road-blocking with
    // barricades, burning tyres or other material as a violent demonstration.
    if (type == SubEventType.PEACEFUL_PROTEST
        && WeaponWords.ROADBLOCKS.stream().anyMatch(w -> modifiers.contains(WeaponWords.WITH + w))) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    // "Two factions clashed with sticks and stones": a fight without arms is a riot, whoever
    // fights it.
    boolean bareHanded = WeaponWords.BARE_HANDED.stream().anyMatch(w -> modifiers.contains(WeaponWords.WITH + w));
    if (type == SubEventType.ARMED_CLASH && bareHanded
        && modifiers.stream().noneMatch(w -> WeaponWords.SMALL_ARMS.contains(w) || WeaponWords.HEAVY_WEAPONS.contains(w))) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    // "attacked a shopkeeper with a grenade", "targeted a vehicle with an IED": the weapon types
    // the attack (after the crowd's weapons: a stun grenade disperses a crowd).
    boolean attack = type == SubEventType.ARMED_CLASH || type == SubEventType.ATTACK;
    if (attack && !launchedOrDropped && withGrenade) {
      return SubEventType.GRENADE;
    }
    if (attack && WeaponWords.PLANTED_EXPLOSIVES.stream().anyMatch(w -> modifiers.contains(WeaponWords.WITH + w))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    // "a bomb attack": planted, unless aircraft dropped it or it was a mortar's.
    if (attack && WeaponWords.EXPLOSIVES.stream().anyMatch(w -> modifiers.contains(WeaponWords.WITH + w))
        && modifiers.stream().noneMatch(w -> WeaponWords.AIRCRAFT.contains(w) || WeaponWords.HEAVY_WEAPONS.contains(w))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    if (attack && modifiers.contains(WeaponWords.WITH + WeaponWords.ARSON)) {
      return SubEventType.LOOTING;
    }
    // Heavy weapons fired from afar are shelling; fired with small arms, a fight at close range.
    // "Heavy weapons" are heavy, though "weapons" alone would be the small arms of a fight.
    boolean heavyWeapons = modifiers.contains(WeaponWords.HEAVY_WEAPONS_FIRED);
    if (type == SubEventType.ARMED_CLASH && !bothWays
        && (heavyWeapons || modifiers.stream().anyMatch(WeaponWords.HEAVY_WEAPONS::contains))
        && modifiers.stream().filter(w -> !(heavyWeapons && w.equals("weapons")))
            .noneMatch(WeaponWords.SMALL_ARMS::contains)) {
      return SubEventType.SHELLING_ARTILLERY_MISSILE;
    }
    if (modifiers.contains("drone") || modifiers.contains("air") || modifiers.contains("aerial")) {
      return type.eventType() == SubEventType.ARMED_CLASH.eventType()
          || type == SubEventType.REMOTE_EXPLOSIVE ? SubEventType.AIR_DRONE_STRIKE : type;
    }
    return type;
  }
}
