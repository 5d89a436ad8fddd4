package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;

/**
 * The maker of a strike from afar that no words name, when the report told just before who was
 * firing such strikes: "Russian forces fired artillery at towns in the region overnight. A shell
 * hit a house in Qqq" is Russia's shell; "Israel carried out a wave of air strikes across the
 * south. One strike hit a car" is Israel's strike. ACLED's unidentified group is for fire whose
 * maker the report cannot tell, not for one it has just named.
 */
final class MakersOfFireFromAfar {
  private MakersOfFireFromAfar() {}

  private static final Set<SubEventType> FROM_AFAR =
      Set.of(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE);

  /** The events in the report's order, each unnamed maker of fire from afar named if it can be. */
  static List<Event> named(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      out.add(FROM_AFAR.contains(e.subEventType()) && e.makerByConvention()
          ? firedBefore(out, e).map(maker -> madeBy(e, maker)).orElse(e) : e);
    }
    return out;
  }

  /**
   * The named maker of the latest fire of the same kind told before: a state's forces or an
   * armed group, not one that would be firing on its own country.
   */
  private static Optional<Event> firedBefore(List<Event> before, Event e) {
    Optional<String> where = e.place().map(org.sitrep.model.Place::iso3);
    for (int i = before.size() - 1; i >= 0; i--) {
      Event f = before.get(i);
      if (f.subEventType() != e.subEventType()) {
        continue;
      }
      Optional<Actor> maker = f.actor1().filter(a -> !f.makerByConvention() && !a.generic()
          && (a.inter() <= 3 || a.inter() == 8)
          && !(state(a) && where.map(a.iso3()::equals).orElse(true)));
      return maker.isPresent() ? Optional.of(f) : Optional.empty();
    }
    return Optional.empty();
  }

  /** A state's forces, at home (1) or abroad (8, ACLED's external forces). */
  private static boolean state(Actor a) {
    return a.inter() == 1 || a.inter() == 8;
  }

  private static Event madeBy(Event e, Event before) {
    Actor maker = before.actor1().get();
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence v : e.evidence()) {
      evidence.add(v.field().equals("actor1") ? v.withNote("the maker of the "
          + e.subEventType().label().toLowerCase(java.util.Locale.ROOT) + " told just before: "
          + maker.name()) : v);
    }
    return new Event(e.eventId(), e.article(), e.eventDate(), e.timePrecision(),
        e.subEventType(), Optional.of(maker), e.assocActor1(), e.actor2(), e.assocActor2(),
        e.place(), e.geoPrecision(), e.source(), e.notes(), e.fatalities(), e.injured(),
        e.captured(), e.cameo(), e.plover(), e.modality(), e.confidence(), evidence);
  }
}
