package org.sitrep.merge;

import org.sitrep.model.Candidate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/** Which sub-event types two mentions of one event may have. */
final class Kinds {
  private Kinds() {}

  static boolean demonstration(EventType t) {
    return t == EventType.PROTESTS || t == EventType.RIOTS;
  }

  /** An attack or a fight: the words of a report that has not yet said how. */
  static boolean generic(SubEventType t) {
    return t == SubEventType.ARMED_CLASH || t == SubEventType.ATTACK;
  }

  /**
   * Two reports tell one event only as the same kind of act: a bomb and a suicide bomb may be
   * one, an air strike and a roadside bomb are two; within battles, protests or riots the
   * sub-type may differ between mentions (a clash that became a take-over, a protest dispersed).
   */
  static boolean reportsAgree(SubEventType a, SubEventType b) {
    if (a == b) {
      return true;
    }
    if (a.eventType() != b.eventType()) {
      // "Rival supporters clashed ... Police fired tear gas to disperse the crowd": force used on
      // a crowd that rioted is part of the riot, as ACLED codes it, not a protest of its own.
      return demonstration(a.eventType()) && demonstration(b.eventType())
          && (metWithForce(a) || metWithForce(b));
    }
    return switch (a.eventType()) {
      case EXPLOSIONS_REMOTE_VIOLENCE -> bomb(a) && bomb(b);
      case STRATEGIC_DEVELOPMENTS -> false;
      default -> true;
    };
  }

  /**
   * A mention that refers back or tells only who was hurt may belong to any event of its broad
   * kind: "the attack" to a bombing, "the explosion" to a suicide bombing; but "the air strike"
   * is not the shelling told before.
   */
  static boolean referenceAgrees(SubEventType reference, SubEventType event) {
    if (reportsAgree(reference, event)) {
      return true;
    }
    EventType r = reference.eventType();
    EventType e = event.eventType();
    if (r.politicalViolence() && e.politicalViolence()) {
      return generic(reference) || generic(event) || bomb(reference) && bomb(event);
    }
    return demonstration(r) && demonstration(e);
  }

  /** "An explosion", "blasts": a blast named by itself, no device and no one behind it. */
  private static final java.util.regex.Pattern BARE_BLAST =
      java.util.regex.Pattern.compile("(?i)explosions?|blasts?");

  /**
   * "Russian missiles struck the city ... An explosion at a warehouse in the city's industrial
   * district started a fire": a blast told with no maker after a strike or a shelling of the place
   * is one of the strike's, not a bombing of its own.
   */
  static boolean blastOfAStrike(Candidate c, Event strike) {
    Event e = c.event();
    return e.subEventType() == SubEventType.REMOTE_EXPLOSIVE && e.makerByConvention()
        && BARE_BLAST.matcher(c.trigger().text()).matches()
        && (strike.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE
            || strike.subEventType() == SubEventType.AIR_DRONE_STRIKE);
  }

  /**
   * "The attack" told after an armed group destroyed what armed men hold ("set fire to a police
   * station"): the destruction was part of that attack, which names the event, a clash. (Civilians'
   * property burned stays its destruction here: the attack's type would need its target.)
   */
  static boolean attackOnADestruction(SubEventType reference, Event event) {
    boolean armed = event.actor1().map(Sides::armedGroup).orElse(false);
    boolean heldByArmedMen = event.actor2().map(a -> a.inter() <= 4 || a.inter() == 8)
        .orElse(false);
    return generic(reference) && event.subEventType() == SubEventType.LOOTING && armed
        && heldByArmedMen;
  }

  /** "the town of Qqq", "the village", "Qqq": a settlement, or a proper name, as a target. */
  private static final java.util.regex.Pattern SETTLEMENT = java.util.regex.Pattern.compile(
      "^(?:(?i:the)\\s+)?(?:(?i:town|village|city|settlement|locality)\\b.*"
          + "|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)$");

  /**
   * "Gang members attacked the town of Qqq ... three police officers were killed in the attack":
   * an armed group's attack on a settlement, whose people stood as its target for want of any
   * other, was a fight with the armed men the reference says fell in it; the reference names the
   * event, a clash.
   */
  static boolean attackOnADefendedTown(Event reference, Event event) {
    boolean armed = event.actor1().map(Sides::armedGroup).orElse(false);
    boolean defenders = reference.actor2().map(a -> a.inter() >= 1 && a.inter() <= 4)
        .orElse(false) && reference.fatalities() + reference.injured() > 0;
    boolean onSettlement = event.subEventType() == SubEventType.ATTACK
        && event.actor2().map(a -> a.inter() == 7).orElse(false)
        && event.evidence().stream().anyMatch(e -> e.field().equals("actor2")
            && SETTLEMENT.matcher(e.text().strip()).matches());
    return generic(reference.subEventType()) && armed && defenders && onSettlement
        && reference.actor1().map(a -> a.generic() || event.actor1().get().equals(a))
            .orElse(true);
  }

  /** How far a demonstration went: a peaceful protest, one dispersed, one shot at, a riot. */
  static int severity(SubEventType t) {
    return switch (t) {
      case PEACEFUL_PROTEST -> 0;
      case PROTEST_WITH_INTERVENTION -> 1;
      case EXCESSIVE_FORCE -> 2;
      case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> 3;
      default -> -1;
    };
  }

  /**
   * Lesser acts a coder counts as part of the event told before them: houses burned or people
   * abducted in an attack, weapons recovered after a clash (disrupted weapons use is coded where
   * no fight was), arrests at a protest or a riot ("41 people were detained").
   */
  static boolean partOf(SubEventType detail, SubEventType event) {
    // Drones or missiles brought down while others of a barrage struck are an event of their own,
    // by the side that brought them down, as ACLED codes them; not a part of the strikes.
    boolean downed = detail == SubEventType.DISRUPTED_WEAPONS_USE
        && event.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    boolean lesser = detail == SubEventType.LOOTING || detail == SubEventType.ABDUCTION
        || detail == SubEventType.DISRUPTED_WEAPONS_USE && !downed;
    if (lesser && (event.eventType().politicalViolence() || event == SubEventType.ARRESTS)
        || detail == SubEventType.ARRESTS && event.eventType().politicalViolence()) {
      // "They took him from his home and seized his laptop": part of the arrest.
      return true;
    }
    // "Rebels seized the town after soldiers withdrew": the withdrawal is how the town fell.
    boolean ground = event == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || event == SubEventType.GOVERNMENT_REGAINS_TERRITORY;
    if (ground && detail == SubEventType.NON_VIOLENT_TRANSFER) {
      return true;
    }
    return demonstration(event.eventType())
        && (detail == SubEventType.ARRESTS || detail == SubEventType.LOOTING);
  }

  private static boolean metWithForce(SubEventType t) {
    return t == SubEventType.PROTEST_WITH_INTERVENTION || t == SubEventType.EXCESSIVE_FORCE;
  }

  private static boolean bomb(SubEventType t) {
    return t == SubEventType.REMOTE_EXPLOSIVE || t == SubEventType.SUICIDE_BOMB
        || t == SubEventType.GRENADE;
  }
}
