package org.sitrep.normalize;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorScope;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * "Soldiers killed 23 militants near Qqq. Two soldiers were also killed": a toll told after an
 * event, of people on the side that acted in it, counts other dead than the event's own toll,
 * which was of the side it was done to, or than any toll of that side told after it. The toll's evidence says so, since the event the toll
 * borrowed its sides from names only the side it was done to; the merger files the toll under the
 * side that acted.
 */
final class MakersDead {
  private MakersDead() {}

  /** The event, with its toll marked as the makers' dead when it is. */
  static Event mark(Event e, Mention m, Optional<Event> referent, ActorKnowledgeBase actors,
      ActorScope scope) {
    if (referent.isEmpty() || e.fatalities() == 0 || m.actor2().isEmpty()) {
      return e;
    }
    Event before = referent.get();
    // "Troops repelled an attack by militants ... Two soldiers were killed": with no toll of its
    // own, the event counts no one the toll could repeat; a toll the merger joins later ("Several
    // militants were neutralised") may be of the other side.
    boolean ownToll = before.fatalities() > 0;
    if (ownToll && !tollOfTheTarget(before, actors, scope)
        || m.sentenceText().text().toLowerCase(Locale.ROOT).contains("among")) {
      // "Clashes left 25 dead. Two soldiers were among them": the toll counted everyone.
      return e;
    }
    Optional<Actor> dead = actors.resolve(m.actor2().get().text(), scope);
    boolean makers = dead.map(d -> before.actor1().map(a -> oneSide(a, d)).orElse(false)
        && before.actor2().map(t -> !oneSide(t, d)).orElse(true)).orElse(false);
    if (!makers) {
      return e;
    }
    return e.withEvidence(e.evidence().stream().map(v -> v.field().equals("fatalities")
        ? v.withNoteAdded(Event.MAKERS_DEAD) : v).toList());
  }

  /**
   * The event's toll counts those it was done to ("killing four officers", "killed 23
   * militants"), not the dead of every side ("left 14 people dead").
   */
  private static boolean tollOfTheTarget(Event e, ActorKnowledgeBase actors, ActorScope scope) {
    return e.actor2().isPresent() && e.evidence().stream()
        .filter(v -> v.field().equals("fatalities"))
        .anyMatch(f -> actors.resolve(f.text(), scope).map(a -> oneSide(a, e.actor2().get()))
            .orElse(false));
  }

  /** One actor, or the forces of one state ("two policemen" among soldiers' dead). */
  private static boolean oneSide(Actor a, Actor b) {
    return a.name().equals(b.name()) || a.inter() == 1 && b.inter() == 1
        && a.iso3().equals(b.iso3()) && !a.iso3().isEmpty();
  }
}
