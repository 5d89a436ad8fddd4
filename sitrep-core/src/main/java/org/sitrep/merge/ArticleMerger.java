package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

/**
 * Folds the mentions of one event in an article into one record. Two coded mentions are one event
 * when they are of the same event type, their actors agree (one side's actors are among the
 * other's; a description such as "US-backed forces" agrees with a named group of its kind), their
 * places agree (same place, or one unknown or a region) and their dates agree (same day, or one
 * not given). The record keeps the first mention's order of actors, the most specific place, the
 * explicit date, the largest count of each kind (deaths told from each side's point of view are
 * added up) and every mention's evidence.
 */
public final class ArticleMerger {
  public List<Event> merge(List<Event> mentions) {
    List<Event> merged = new ArrayList<>();
    for (Event e : mentions) {
      int match = -1;
      for (int i = 0; i < merged.size() && match < 0; i++) {
        if (sameEvent(merged.get(i), e)) {
          match = i;
        }
      }
      if (match < 0) {
        merged.add(e);
      } else {
        merged.set(match, combine(merged.get(match), e));
      }
    }
    return merged.stream().map(EventNotes::withNotes).toList();
  }

  static boolean sameEvent(Event a, Event b) {
    return a.eventType() == b.eventType() && actorsAgree(a, b) && placesAgree(a, b)
        && datesAgree(a, b);
  }

  private static boolean actorsAgree(Event a, Event b) {
    List<Actor> as = sides(a);
    List<Actor> bs = sides(b);
    List<Actor> small = as.size() <= bs.size() ? as : bs;
    List<Actor> large = small == as ? bs : as;
    return matchesDistinct(small, large, 0, new boolean[large.size()]);
  }

  /** Each of {@code small}'s actors agrees with a different one of {@code large}'s. */
  private static boolean matchesDistinct(List<Actor> small, List<Actor> large, int i,
      boolean[] used) {
    if (i == small.size()) {
      return true;
    }
    for (int j = 0; j < large.size(); j++) {
      if (!used[j] && agree(small.get(i), large.get(j))) {
        used[j] = true;
        if (matchesDistinct(small, large, i + 1, used)) {
          return true;
        }
        used[j] = false;
      }
    }
    return false;
  }

  private static List<Actor> sides(Event e) {
    List<Actor> out = new ArrayList<>();
    e.actor1().ifPresent(out::add);
    e.actor2().ifPresent(out::add);
    return out;
  }

  static boolean agree(Actor x, Actor y) {
    if (x.name().equals(y.name())) {
      return true;
    }
    return (x.generic() || y.generic()) && x.inter() == y.inter() && !(x.generic() && y.generic());
  }

  private static boolean placesAgree(Event a, Event b) {
    if (a.place().isEmpty() || b.place().isEmpty()) {
      return true;
    }
    Place p = a.place().get();
    Place q = b.place().get();
    if (p.name().equals(q.name()) && p.iso3().equals(q.iso3())) {
      return true;
    }
    boolean regionOfOther = p.isArea() && p.iso3().equals(q.iso3())
        || q.isArea() && q.iso3().equals(p.iso3());
    return regionOfOther;
  }

  private static boolean datesAgree(Event a, Event b) {
    if (!explicitDate(a) || !explicitDate(b)) {
      return true;
    }
    return a.eventDate().equals(b.eventDate());
  }

  /** True when the text gave the date, not the publication date standing in for it. */
  static boolean explicitDate(Event e) {
    return e.datedByText() && e.eventDate().isPresent();
  }

  private static Event combine(Event a, Event b) {
    Optional<Actor> actor1 = a.actor1().filter(x -> !x.generic()).or(() -> b.actor1()
        .filter(x -> a.actor1().map(y -> agree(x, y)).orElse(true))).or(a::actor1);
    Optional<Actor> actor2 = otherSide(actor1, a, b);
    boolean flipped = b.actor1().map(x -> actor2.map(y -> agree(x, y)).orElse(false)).orElse(false)
        || b.actor2().map(x -> actor1.map(y -> agree(x, y)).orElse(false)).orElse(false);
    List<Actor> assoc1 = union(a.assocActor1(), flipped ? b.assocActor2() : b.assocActor1(), actor1, actor2);
    List<Actor> assoc2 = union(a.assocActor2(), flipped ? b.assocActor1() : b.assocActor2(), actor1, actor2);
    Event placeFrom = betterPlace(a, b);
    Event dateFrom = explicitDate(a) || !explicitDate(b) ? a : b;
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    for (Evidence e : b.evidence()) {
      // Two triggers of one sentence quote the same sentence: once is enough.
      boolean known = evidence.stream().anyMatch(x -> x.field().equals(e.field())
          && x.start() == e.start() && x.end() == e.end() && x.note().equals(e.note()));
      if (!known) {
        evidence.add(e);
      }
    }
    return new Event(a.eventId(), a.article(), dateFrom.eventDate(), dateFrom.timePrecision(),
        a.subEventType(), actor1, assoc1, actor2, assoc2, placeFrom.place(),
        placeFrom.geoPrecision(), a.source(), "", fatalities(a, b, flipped),
        Math.max(a.injured(), b.injured()), Math.max(a.captured(), b.captured()), a.cameo(),
        a.plover(), a.modality(), 1 - (1 - a.confidence()) * (1 - b.confidence() / 2),
        evidence);
  }

  /**
   * The same deaths told twice count once; but a mention from each side's point of view ("nine SDF
   * members were killed when IS attacked", "the SDF repelled the attack and four assailants were
   * killed") reports the dead of each side, which ACLED adds up.
   */
  private static int fatalities(Event a, Event b, boolean flipped) {
    boolean bothSides = flipped && a.fatalities() > 0 && b.fatalities() > 0;
    return bothSides ? a.fatalities() + b.fatalities() : Math.max(a.fatalities(), b.fatalities());
  }

  /** The opponent of {@code actor1} among both records' actors, named before generic. */
  private static Optional<Actor> otherSide(Optional<Actor> actor1, Event a, Event b) {
    List<Actor> candidates = new ArrayList<>();
    a.actor2().ifPresent(candidates::add);
    b.actor2().ifPresent(candidates::add);
    a.actor1().ifPresent(candidates::add);
    b.actor1().ifPresent(candidates::add);
    return candidates.stream()
        .filter(x -> actor1.map(y -> !agree(x, y)).orElse(true))
        .min((x, y) -> Boolean.compare(x.generic(), y.generic()));
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
    return rank(b) < rank(a) ? b : a;
  }

  private static int rank(Event e) {
    int area = e.place().get().isArea() ? 10 : 0;
    return area + (e.geoPrecision() == GeoPrecision.EXACT ? 0 : e.geoPrecision().code());
  }
}
