package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;
import org.sitrep.place.PlaceNames;

/**
 * One record of two records of one event: the type {@link CombinedTypes} settles, the first
 * record's sides with the other's where they name more, the better place, the date chosen, the
 * larger figures, and the evidence of both.
 */
final class CombinedEvent {
  private CombinedEvent() {}

  /**
   * @param dateOfA whether the record takes {@code a}'s date rather than {@code b}'s
   * @param riot a fight was told in the demonstration: it is a violent demonstration at least
   * @param placed the record whose place the event takes, when it is settled already
   */
  static Event of(Event a, Event b, boolean dateOfA, boolean riot, Optional<Event> placed) {
    SubEventType type = CombinedTypes.of(a, b, riot);
    // Of two descriptions of one side ("Protesters", "Rioters"), the one that goes with the type
    // the event is coded as; a name beats either.
    boolean typedByB = type == b.subEventType() && type != a.subEventType();
    Optional<Actor> actor1 = a.actor1().filter(x -> !x.generic()).or(() -> b.actor1()
        .filter(x -> !x.generic() || typedByB || a.actor1().isEmpty())
        // "A jet bombed a school", then "junta air strike": a maker coded by convention, as the
        // words named none, gives way to the one another record of the same kind of act names;
        // not to who made an arrest after it.
        .filter(x -> a.makerByConvention() && !x.generic()
                && a.eventType() == b.eventType()
            || a.actor1().map(y -> Sides.sameSide(x, y)).orElse(true))).or(a::actor1);
    Optional<Actor> actor2 = Sides.otherSide(actor1, a, b);
    boolean flipped = b.actor1().map(x -> actor2.map(y -> Sides.agree(x, y)).orElse(false))
        .orElse(false)
        || b.actor2().map(x -> actor1.map(y -> Sides.agree(x, y)).orElse(false)).orElse(false);
    List<Actor> assoc1 = union(a.assocActor1(), flipped ? b.assocActor2() : b.assocActor1(), actor1, actor2);
    List<Actor> assoc2 = union(a.assocActor2(), flipped ? b.assocActor1() : b.assocActor2(), actor1, actor2);
    Event placeFrom = placed.orElseGet(() -> betterPlace(a, b));
    Event dateFrom = dateOfA ? a : b;
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    for (Evidence e : b.evidence()) {
      // Two triggers of one sentence quote the same sentence: once is enough.
      boolean known = evidence.stream().anyMatch(x -> x.field().equals(e.field())
          && x.start() == e.start() && x.end() == e.end());
      if (!known) {
        evidence.add(e);
      }
    }
    return new Event(a.eventId(), a.article(), dateFrom.eventDate(), dateFrom.timePrecision(),
        type, actor1, assoc1, actor2, assoc2, placeFrom.place(),
        placeFrom.geoPrecision(), a.source(), "", Math.max(a.fatalities(), b.fatalities()),
        Math.max(a.injured(), b.injured()), Math.max(a.captured(), b.captured()), a.cameo(),
        a.plover(), a.modality(), 1 - (1 - a.confidence()) * (1 - b.confidence() / 2),
        evidence);
  }

  private static List<Actor> union(List<Actor> x, List<Actor> y, Optional<Actor> a1,
      Optional<Actor> a2) {
    List<Actor> out = new ArrayList<>();
    for (List<Actor> list : List.of(x, y)) {
      for (Actor actor : list) {
        boolean main = a1.map(actor::equals).orElse(false) || a2.map(actor::equals).orElse(false);
        if (!main && !out.contains(actor)) {
          out.add(actor);
        }
      }
    }
    return out;
  }

  /** A town beats a region, a place named in the sentence beats one inferred near it. */
  private static Event betterPlace(Event a, Event b) {
    if (b.place().isEmpty()) {
      return a;
    }
    if (a.place().isEmpty()) {
      return b;
    }
    // "Jets hit Sagaing" over "villages in the Sagaing region": one seat, which a record named
    // as the province's; the other's bare name is short for that province, not its town.
    // So is a mention that took that seat from the report around it ("The fighting lasted
    // hours"), whose borrowed place is no nearer.
    if (a.place().equals(b.place())) {
      if (a.geoPrecision() == GeoPrecision.REGION && (bareName(b) || borrowed(b))) {
        return a;
      }
      if (b.geoPrecision() == GeoPrecision.REGION && (bareName(a) || borrowed(a))) {
        return b;
      }
    }
    return rank(b) < rank(a) ? b : a;
  }

  private static boolean borrowed(Event e) {
    return e.evidence().stream().filter(v -> v.field().equals("location")).findFirst()
        .map(v -> v.note().startsWith(Mention.PLACE_NAMED_EARLIER))
        .orElse(false);
  }

  /**
   * The record is placed by the place's name alone, which no word calls a town or city (as the
   * gazetteer folds names: "Qaqa" is "Qa'qa").
   */
  private static boolean bareName(Event e) {
    String name = e.place().get().name();
    return e.geoPrecision() == GeoPrecision.EXACT && e.evidence().stream()
        .filter(v -> v.field().equals("location")).findFirst()
        .map(v -> PlaceNames.key(v.text()).equals(PlaceNames.key(name)))
        .orElse(false);
  }

  private static int rank(Event e) {
    int area = e.place().get().isArea() ? 10 : 0;
    return area + (e.geoPrecision() == GeoPrecision.EXACT ? 0 : e.geoPrecision().code());
  }
}
