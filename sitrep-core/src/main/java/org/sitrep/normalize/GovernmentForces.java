/*
 * Sitrep - reads conflict news and writes event data.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.sitrep.normalize;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorScope;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * A government that fights fights with its forces: "the government shelled rebel positions" is
 * the military's shelling, and "authorities arrested 12 protesters" the police's arrest, as
 * ACLED codes them. A government stays itself where it decrees or negotiates (a curfew, a state
 * of emergency, an agreement, a release of prisoners).
 */
final class GovernmentForces {
  private static final int STATE = 1;
  private static final int EXTERNAL = 8;
  private static final int RIOTERS = 5;
  private static final int PROTESTERS = 6;
  /** The words of a crowd's own act: a protest, a march, a strike, a sit-in. */
  private static final Pattern GATHERING = Pattern.compile(
      "(?i)(?:protest|demonstrat|march|rall(?:y|ies|ied)|strike|sit-in|picket|vigil)");
  /** Acts of the police: arrests, and force used on a protest. */
  private static final Set<SubEventType> POLICING = Set.of(SubEventType.ARRESTS,
      SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE);

  private GovernmentForces() {}

  /**
   * The side, or its country's military when it is a government and the act is violent, or its
   * police when the act is an arrest or force used on a protest.
   */
  static Optional<ActorResolver.Resolved> of(Optional<ActorResolver.Resolved> side,
      SubEventType type, ActorKnowledgeBase dictionary, ActorScope scope) {
    if (side.isEmpty() || !isGovernment(side.get().actor())) {
      return side;
    }
    String forces = type.eventType().politicalViolence() ? "the military"
        : POLICING.contains(type) ? "police" : "";
    if (forces.isEmpty()) {
      return side;
    }
    ActorResolver.Resolved government = side.get();
    return dictionary.resolve(forces, scope.in(government.actor().iso3()))
        .map(a -> new ActorResolver.Resolved(a, government.evidence(), government.allies()))
        .or(() -> side);
  }

  /**
   * "Workers protested against the government", "residents demanded that the authorities act":
   * the government a crowd addresses is no side of its protest; only its police or troops, when
   * they act, are.
   */
  static EventSides.Sides addressed(EventSides.Sides told, Mention m) {
    // "Members of the Government Nurses Union staged a protest": a protest's own crowd.
    boolean gathering = GATHERING.matcher(m.trigger().text()).lookingAt();
    boolean crowd = gathering || told.actor1().map(r -> r.actor().inter() == RIOTERS
        || r.actor().inter() == PROTESTERS).orElse(false);
    // "Authorities arrested 12 protesters": a government that acts is a side.
    boolean addressed = told.actor2().map(r -> isGovernment(r.actor()) && (gathering
        || m.actor1().map(a -> a.start() != r.evidence().start()).orElse(true))).orElse(false);
    return crowd && addressed ? told.withActor2(Optional.empty()) : told;
  }

  /** A government at home (inter 1) or abroad (8, as ACLED codes foreign states). */
  private static boolean isGovernment(Actor a) {
    return (a.inter() == STATE || a.inter() == EXTERNAL) && a.cameo().endsWith("GOV");
  }
}
