package org.sitrep.normalize;

import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.SubEventType;

/**
 * Settles a trigger's sub-event type once the actors are known, by ACLED's definitions: an attack
 * on armed men is a battle, on civilians violence against civilians; a town taken by the state is
 * "Government regains territory", by anyone else "Non-state actor overtakes territory". Arrests
 * stay arrests whoever makes them: ACLED codes those of de facto authorities (the SDF, HTS) so.
 */
final class EventTyping {
  private EventTyping() {}

  /**
   * @param raid the trigger is a raid: state forces that raid with no armed side against them and
   *     no one killed made an arrest operation, not a battle
   * @param mutual the trigger tells a fight both sides took part in ("clashed", "fought")
   */
  static SubEventType settle(SubEventType suggested, Optional<Actor> actor1,
      Optional<Actor> actor2, boolean peopleCaptured, boolean deaths, boolean raid,
      boolean mutual) {
    boolean unopposed = actor2.map(a -> a.inter() == 7).orElse(true);
    if (raid && suggested == SubEventType.ARMED_CLASH && !deaths && unopposed
        && actor1.map(a -> a.inter() == 1).orElse(false)) {
      return SubEventType.ARRESTS;
    }
    boolean crowd = actor1.map(a -> a.inter() == 5 || a.inter() == 6).orElse(false);
    if (crowd && (suggested == SubEventType.LOOTING || suggested == SubEventType.VIOLENT_DEMONSTRATION)) {
      // Protesters who burn a bus or a shop riot: ACLED codes their destruction as the riot.
      return actor2.map(a -> a.inter() == 7).orElse(false) ? SubEventType.MOB_VIOLENCE
          : SubEventType.VIOLENT_DEMONSTRATION;
    }
    if (suggested.eventType() == org.sitrep.model.EventType.RIOTS
        && actor1.map(EventTyping::armedMaker).orElse(false)) {
      // Armed men who throw petrol bombs or stones riot no more than they protest: at people it
      // is an attack (or a fight with armed ones), at things the destruction of property.
      return actor2.map(a -> a.inter() == 7 ? SubEventType.ATTACK : SubEventType.ARMED_CLASH)
          .orElse(SubEventType.LOOTING);
    }
    boolean stateActor1 = actor1.map(a -> a.inter() == 1).orElse(false);
    boolean protesters = actor2.map(a -> a.inter() == 6).orElse(false);
    boolean protestersFirst = actor1.map(a -> a.inter() == 6).orElse(false)
        && actor2.map(a -> a.inter() == 1).orElse(false);
    if (mutual && (stateActor1 && protesters || protestersFirst)
        && suggested == SubEventType.ARMED_CLASH) {
      // "Police and protesters fought running battles": protesters who fight the police riot.
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    if (stateActor1 && actor2.map(a -> a.inter() == 5).orElse(false)
        && (suggested == SubEventType.ATTACK || suggested == SubEventType.ARMED_CLASH)) {
      // "Police opened fire on rioters": force on a riot is the riot's, as ACLED codes it.
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    if (stateActor1 && protesters && (suggested == SubEventType.ATTACK
        || suggested == SubEventType.ARMED_CLASH)) {
      // Security forces that shoot protesters: excessive force when they kill, else intervention.
      return deaths ? SubEventType.EXCESSIVE_FORCE : SubEventType.PROTEST_WITH_INTERVENTION;
    }
    if (actor1.map(a -> a.inter() == 5).orElse(false)) {
      // "A mob beat a suspected thief to death": a crowd that kills or beats someone no table
      // names has done mob violence, as against civilians; a crowd facing armed men riots.
      boolean onSomeone = suggested == SubEventType.ATTACK && actor2.isEmpty();
      return actor2.map(a -> a.inter() == 7).orElse(onSomeone) ? SubEventType.MOB_VIOLENCE
          : SubEventType.VIOLENT_DEMONSTRATION;
    }
    boolean stateTarget = actor2.map(a -> a.inter() == 1).orElse(false);
    if (suggested == SubEventType.PEACEFUL_PROTEST && stateTarget) {
      // Protesters facing the police: intervention, or excessive force when people died.
      return deaths ? SubEventType.EXCESSIVE_FORCE : SubEventType.PROTEST_WITH_INTERVENTION;
    }
    if (suggested == SubEventType.PROTEST_WITH_INTERVENTION && deaths) {
      // "Police fired tear gas at protesters, killing two": force that kills is excessive, told
      // in one sentence as when merging finds the deaths in the next.
      return SubEventType.EXCESSIVE_FORCE;
    }
    boolean civilianTarget = actor2.map(a -> a.inter() == 7).orElse(false);
    boolean armedTarget = actor2.map(a -> a.inter() != 7 && a.inter() != 6).orElse(false);
    boolean stateActor = actor1.map(a -> a.inter() == 1).orElse(false);
    return switch (suggested) {
      case ATTACK -> armedTarget ? SubEventType.ARMED_CLASH : SubEventType.ATTACK;
      case ARMED_CLASH -> civilianTarget ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
      case NON_STATE_ACTOR_OVERTAKES_TERRITORY, GOVERNMENT_REGAINS_TERRITORY -> {
        // "Kidnappers seized a priest": people seized are abducted, not ground taken.
        if (peopleCaptured || civilianTarget) {
          yield civilianTarget ? SubEventType.ABDUCTION : SubEventType.ARMED_CLASH;
        }
        yield stateActor ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
            : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
      }
      case NON_VIOLENT_TRANSFER -> {
        // "captured a commander without resistance": a person taken with no fight is held, by
        // the state as an arrest, by anyone else as an abduction; no ground changed hands.
        if (!peopleCaptured) {
          yield suggested;
        }
        yield stateActor ? SubEventType.ARRESTS : SubEventType.ABDUCTION;
      }
      default -> suggested;
    };
  }

  /**
   * Rebels, or armed men or a gang no table names: makers whose violence is no riot. (A named
   * militia or an identity group may riot beside a crowd, as ACLED codes it, so they are not.)
   */
  static boolean armedMaker(Actor a) {
    return a.inter() == 2 || a.inter() == 3 && a.generic();
  }

  /** A state's forces, at home (inter 1) or abroad (inter 8). */
  static boolean stateForce(Actor a) {
    return a.inter() == 1 || a.inter() == 8;
  }

  /**
   * "Villagers pelted police with stones": a crowd's violence where the story tells of no
   * demonstration is mob violence, by ACLED's definitions; rioting in a protest is a violent
   * demonstration.
   */
  static SubEventType crowdViolence(SubEventType type, boolean demonstrationTold) {
    return type == SubEventType.VIOLENT_DEMONSTRATION && !demonstrationTold
        ? SubEventType.MOB_VIOLENCE : type;
  }
}
