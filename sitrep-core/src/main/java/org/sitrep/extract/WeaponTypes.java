package org.sitrep.extract;

import static org.sitrep.extract.WeaponWords.AIRCRAFT;
import static org.sitrep.extract.WeaponWords.ARSON;
import static org.sitrep.extract.WeaponWords.BARE_HANDED;
import static org.sitrep.extract.WeaponWords.CROWD_CONTROL;
import static org.sitrep.extract.WeaponWords.CROWD_GASES;
import static org.sitrep.extract.WeaponWords.EXPLOSIVES;
import static org.sitrep.extract.WeaponWords.GRENADES;
import static org.sitrep.extract.WeaponWords.GUNFIRE;
import static org.sitrep.extract.WeaponWords.HEAVY_WEAPONS;
import static org.sitrep.extract.WeaponWords.HEAVY_WEAPONS_FIRED;
import static org.sitrep.extract.WeaponWords.LAUNCHED_OR_DROPPED;
import static org.sitrep.extract.WeaponWords.PLANTED_EXPLOSIVES;
import static org.sitrep.extract.WeaponWords.ROADBLOCKS;
import static org.sitrep.extract.WeaponWords.SHELLS;
import static org.sitrep.extract.WeaponWords.SMALL_ARMS;
import static org.sitrep.extract.WeaponWords.WITH;

import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * The sub-event type the words of a weapon make of a trigger's sense: "suicide" a suicide bomb,
 * "teargas" a protest met with force, "mortars" shelling, "a bomb attack" a planted explosive.
 * The words are those {@link WeaponWords#modifiers} gathered around the trigger.
 */
final class WeaponTypes {
  private WeaponTypes() {}

  static final Set<String> DROPPED = Set.of("glide", "guided", "barrel", "air-dropped");
  private static final Set<String> LAUNCHED = Set.of("missile", "missiles", "rocket", "rockets",
      "ballistic", "cruise");

  private static final Set<String> DRONES = Set.of("drone", "drones", "uav", "uavs",
      "quadcopter", "quadcopters");

  /** A drone among the weapon's words, alone or in a compound ("drone-dropped"). */
  private static boolean byDrone(Set<String> modifiers) {
    return modifiers.stream().map(w -> w.startsWith(WITH) ? w.substring(WITH.length()) : w)
        .flatMap(w -> java.util.Arrays.stream(w.split("-")))
        .anyMatch(DRONES::contains);
  }

  static SubEventType refine(SubEventType type, Set<String> modifiers, boolean bothWays) {
    if (modifiers.contains("suicide")) {
      return SubEventType.SUICIDE_BOMB;
    }
    // Tear gas and pepper gas are how police disperse a crowd, which ACLED codes as a protest
    // met with intervention, not as a chemical weapon.
    // "used water cannon and tear gas": gas beside a crowd's weapons is theirs too.
    boolean crowdGas = modifiers.stream().anyMatch(w -> CROWD_GASES.contains(w)
        || w.equals("cannon") || w.equals("batons") || w.equals("rubber"));
    if (modifiers.contains("chemical") || modifiers.contains("gas") && !crowdGas
        || modifiers.contains("chlorine") || modifiers.contains("sarin")
        || modifiers.contains("mustard")) {
      return SubEventType.CHEMICAL_WEAPON;
    }
    // "attacked the base with drone-dropped explosives", "with explosive-laden drones": what a
    // drone carried to its target is an air or drone strike, whoever flew it.
    boolean armedAct = type == SubEventType.ARMED_CLASH || type == SubEventType.ATTACK
        || type == SubEventType.REMOTE_EXPLOSIVE || type == SubEventType.GRENADE;
    if (armedAct && byDrone(modifiers)) {
      return SubEventType.AIR_DRONE_STRIKE;
    }
    boolean explosive = type == SubEventType.REMOTE_EXPLOSIVE
        || type == SubEventType.AIR_DRONE_STRIKE && !modifiers.contains("drone")
            && !modifiers.contains("drones") && !modifiers.contains("air");
    if (explosive && (modifiers.contains("car") || modifiers.contains("roadside")
        || modifiers.contains("ied"))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    // A grenade dropped from a drone is an air strike, one fired from a launcher a rocket.
    boolean launchedOrDropped = modifiers.stream().anyMatch(LAUNCHED_OR_DROPPED::contains);
    boolean withGrenade = GRENADES.stream().anyMatch(w -> modifiers.contains(WITH + w));
    // "a grenade explosion", "a grenade blast": what went off was a grenade.
    if (type == SubEventType.REMOTE_EXPLOSIVE && withGrenade && !launchedOrDropped) {
      return SubEventType.GRENADE;
    }
    // "the rocket exploded in a field", "a mortar round went off": a fired munition that
    // explodes was shelled, not planted.
    if (type == SubEventType.REMOTE_EXPLOSIVE && modifiers.stream().anyMatch(SHELLS::contains)
        && modifiers.stream().noneMatch(w -> PLANTED_EXPLOSIVES.contains(w)
            || AIRCRAFT.contains(w) || w.equals("car"))) {
      return SubEventType.SHELLING_ARTILLERY_MISSILE;
    }
    // "explosions and shots", "explosions/bursts of fire": explosions heard with small-arms fire
    // are a fight at the front, not a bomb.
    if (type == SubEventType.REMOTE_EXPLOSIVE && modifiers.stream().anyMatch(GUNFIRE::contains)) {
      return SubEventType.ARMED_CLASH;
    }
    if (type == SubEventType.ARMED_CLASH && (modifiers.contains("terror")
        || modifiers.contains("terrorist"))) {
      // "a terror attack" is aimed at civilians; a target named armed makes it a battle again.
      return SubEventType.ATTACK;
    }
    // "fired teargas at the crowd", "fired rubber bullets at protesters": a crowd dispersed.
    if (type == SubEventType.ARMED_CLASH && modifiers.stream().anyMatch(CROWD_CONTROL::contains)) {
      return SubEventType.PROTEST_WITH_INTERVENTION;
    }
    // "blocked the road with burning tyres": ACLED's codebook counts road-blocking with
    // barricades, burning tyres or other material as a violent demonstration.
    if (type == SubEventType.PEACEFUL_PROTEST
        && ROADBLOCKS.stream().anyMatch(w -> modifiers.contains(WITH + w))) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    // "Two factions clashed with sticks and stones": a fight without arms is a riot, whoever
    // fights it.
    boolean bareHanded = BARE_HANDED.stream().anyMatch(w -> modifiers.contains(WITH + w));
    if (type == SubEventType.ARMED_CLASH && bareHanded
        && modifiers.stream().noneMatch(w -> SMALL_ARMS.contains(w) || HEAVY_WEAPONS.contains(w))) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    // "attacked a shopkeeper with a grenade", "targeted a vehicle with an IED": the weapon types
    // the attack (after the crowd's weapons: a stun grenade disperses a crowd).
    boolean attack = type == SubEventType.ARMED_CLASH || type == SubEventType.ATTACK;
    if (attack && !launchedOrDropped && withGrenade) {
      return SubEventType.GRENADE;
    }
    if (attack && PLANTED_EXPLOSIVES.stream().anyMatch(w -> modifiers.contains(WITH + w))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    // "a bomb attack": planted, unless aircraft dropped it or it was a mortar's.
    if (attack && EXPLOSIVES.stream().anyMatch(w -> modifiers.contains(WITH + w))
        && modifiers.stream().noneMatch(w -> AIRCRAFT.contains(w) || HEAVY_WEAPONS.contains(w))) {
      return SubEventType.REMOTE_EXPLOSIVE;
    }
    if (attack && modifiers.contains(WITH + ARSON)) {
      return SubEventType.LOOTING;
    }
    // Heavy weapons fired from afar are shelling; fired with small arms, a fight at close range.
    // "Heavy weapons" are heavy, though "weapons" alone would be the small arms of a fight.
    boolean heavyWeapons = modifiers.contains(HEAVY_WEAPONS_FIRED);
    if (type == SubEventType.ARMED_CLASH && !bothWays
        && (heavyWeapons || modifiers.stream().anyMatch(HEAVY_WEAPONS::contains))
        && modifiers.stream().filter(w -> !(heavyWeapons && w.equals("weapons")))
            .noneMatch(SMALL_ARMS::contains)) {
      return SubEventType.SHELLING_ARTILLERY_MISSILE;
    }
    boolean fromAircraft = modifiers.stream().anyMatch(AIRCRAFT::contains);
    // "a glide bomb", "barrel bombs", "a guided bomb": bombs of these kinds are dropped from the
    // air; none is planted.
    if (type == SubEventType.REMOTE_EXPLOSIVE && modifiers.stream().anyMatch(DROPPED::contains)) {
      return SubEventType.AIR_DRONE_STRIKE;
    }
    // "a missile strike", "rocket strikes": launched from the ground unless aircraft are named;
    // ACLED counts missiles with shelling.
    if (type == SubEventType.AIR_DRONE_STRIKE && !fromAircraft
        && modifiers.stream().anyMatch(LAUNCHED::contains)) {
      return SubEventType.SHELLING_ARTILLERY_MISSILE;
    }
    if (modifiers.contains("drone") || modifiers.contains("air") || modifiers.contains("aerial")) {
      return type.eventType() == SubEventType.ARMED_CLASH.eventType()
          || type == SubEventType.REMOTE_EXPLOSIVE ? SubEventType.AIR_DRONE_STRIKE : type;
    }
    return type;
  }
}
