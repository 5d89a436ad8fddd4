package org.sitrep.normalize;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * Targets that ACLED counts as civilians though no actor table names them so: the places where
 * civilians are, a village or a town named as the target of armed men, and security forces off
 * duty.
 */
final class CivilianTargets {
  private CivilianTargets() {}

  /** Whether the target of a ground attack by armed men stands for the civilians there. */
  static boolean ofAGroundAttack(Mention m, Optional<ActorResolver.Resolved> a1, Evidence target) {
    return groundAttack(m, a1) && (civilianSite(target) && !groundTaken(m, target)
        || namedPlace(target) && attack(m));
  }

  /** Ground itself, which can be taken: a village or a settlement, not a bus or a church. */
  private static final Pattern GROUND = Pattern.compile("(?i).*\\b(villages?|settlements?)$");

  /**
   * "Rebels seized two villages": the villages are the ground taken, as "captured the town" is;
   * their people are not the taken, which would make the taking an abduction.
   */
  private static boolean groundTaken(Mention m, Evidence target) {
    SubEventType t = m.subEventType();
    return (t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || t == SubEventType.GOVERNMENT_REGAINS_TERRITORY)
        && GROUND.matcher(target.text().strip()).matches();
  }

  /**
   * "attacked villages", "bombed a market", "stormed a church": places where civilians are, so
   * the attack's target is civilians (ACLED codes such attacks as violence against civilians).
   */
  private static final Pattern CIVILIAN_SITE = Pattern.compile(
      "(?i).*\\b(villages?|markets?|mosques?|churches|church|schools?|homes?|houses?|hospitals?|"
          + "buses|bus|minibus(es)?|lorry|lorries|taxis?|weddings?|funerals?|shops?|restaurants?|"
          + "hotels?|shrines?|temples?|farms?|tricycles?|rickshaws?|"
          + "settlements?|(refugee|displacement|displaced|idp) camps?|"
          // "a commercial vehicle", "civilian cars": a vehicle said to carry no force.
          + "(commercial|passenger|civilian|private|public|tourist|transport)\\s+(vehicles?|cars?"
          + "|trucks?|vans?|boats?|convoys?))$");

  /**
   * An attack by armed men on the ground, not a strike or shelling: a house struck from the air
   * may shelter the fighters it was aimed at, and the state's raids are law and order.
   */
  private static boolean groundAttack(Mention m, Optional<ActorResolver.Resolved> a1) {
    EventType t = m.subEventType().eventType();
    boolean ground = t == EventType.BATTLES || t == EventType.VIOLENCE_AGAINST_CIVILIANS;
    return ground && a1.map(r -> r.actor().inter() >= 2 && r.actor().inter() <= 4).orElse(true);
  }

  private static boolean civilianSite(Evidence phrase) {
    return CIVILIAN_SITE.matcher(phrase.text().strip()).matches();
  }

  /** An attack or a fight, not ground taken: "captured Tel Malah" takes the village. */
  private static boolean attack(Mention m) {
    return m.subEventType() == SubEventType.ATTACK || m.subEventType() == SubEventType.ARMED_CLASH;
  }

  /**
   * "militants attacked Namava", "attacked the village of Namava": a target named by a proper
   * name that names no armed party or group is a place or a person, and its people are attacked.
   */
  private static boolean namedPlace(Evidence target) {
    String[] words = target.text().strip().split("\\s+");
    String last = words[words.length - 1];
    // An acronym ("AA", "KM") is more often a group or a unit than a place.
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0))
        && last.chars().anyMatch(Character::isLowerCase)
        && target.text().chars().noneMatch(Character::isDigit);
  }

  /**
   * Words of a count that name people who took no part: "killing two civilians", "a woman". Not
   * "people" or "men", who may be the armed men a strike was aimed at, or the police whose post a
   * bomb was planted by.
   */
  private static final Pattern UNARMED_DEAD = Pattern.compile("(?i)\\b(civilians?|residents?"
      + "|villagers?|inhabitants?|child|children|wom[ae]n|boys?|girls?|teenagers?|family"
      + "|families|farmers?|shepherds?|passers-by|bystanders?)\\b");

  /**
   * "shelled Sumy, killing two civilians": the people a shelling, a strike or a blast killed or
   * wounded, when its count names them as no party and the parse gave only the place struck.
   */
  static Optional<Evidence> harmedFromAfar(Mention m) {
    if (m.subEventType().eventType() != EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
      return Optional.empty();
    }
    return m.fatalities().or(m::injured).map(org.sitrep.model.Count::evidence)
        .filter(e -> UNARMED_DEAD.matcher(e.text()).find());
  }

  private static final Pattern OFF_DUTY = Pattern.compile("(?i)\\boff[- ]duty\\b");

  /** "shot dead an off-duty policeman": the state's forces, but not on duty. */
  static boolean offDuty(Mention m, ActorResolver.Resolved victim) {
    return victim.actor().inter() == 1 && OFF_DUTY.matcher(m.sentenceText().text()).find();
  }
}
