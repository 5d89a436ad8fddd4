package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.DateExpression;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/**
 * Whether a mention and an event told before agree as reports of one event: the kind of act,
 * the sides (each side of one matched to a different side of the other) and the place (a town
 * and the province or district that holds it agree, two districts of one province do not).
 */
final class Agreement {
  private Agreement() {}

  /**
   * Two reports of one event: the same kind of act, sides that agree, places that agree (a place
   * the gazetteer does not know counts), and no two different days that their own words give; a
   * day taken from the account before is no reason to part them.
   */
  static boolean sameEvent(Cluster k, Candidate c) {
    Event a = k.event();
    Event b = c.event();
    return Kinds.reportsAgree(a.subEventType(), b.subEventType()) && actorsAgree(a, b)
        && placesAgree(a, b) && k.sharesPlaceWords(c) && !daysDiffer(k, c) && !fireReturned(a, b);
  }

  /**
   * "Rebels shelled the town ... The army responded with artillery fire on rebel positions": fire
   * from afar goes one way, and fire sent back by the side it struck is another shelling, with
   * its own maker and target, however alike the two pairs of sides look.
   */
  static boolean fireReturned(Event a, Event b) {
    if (!FIRE_FROM_AFAR.contains(a.subEventType()) || !FIRE_FROM_AFAR.contains(b.subEventType())
        || a.actor1().isEmpty() || b.actor1().isEmpty()) {
      return false;
    }
    // Fire the words do not attribute ("observers counted 28 explosions") goes no one way.
    if (a.sidesOfAFrontLine() || b.sidesOfAFrontLine()) {
      return false;
    }
    Actor maker = a.actor1().get();
    Actor other = b.actor1().get();
    if (maker.generic() || other.generic() || Sides.sameSide(maker, other)) {
      return false;
    }
    return b.actor2().filter(x -> Sides.sameSide(x, maker)).isPresent()
        || a.actor2().filter(x -> Sides.sameSide(x, other)).isPresent();
  }

  /**
   * Two days the words give: each its own, or one the mention counts from the account before it
   * ("... had clashed with junta troops near the village two days earlier"), which by its words
   * is not that account's day. A day the event was counted to is one its words give too: "Two
   * days later, armed men attacked a convoy ... On 6 June, a nurse was abducted" are two days.
   */
  static boolean daysDiffer(Cluster k, Candidate c) {
    boolean otherDay = !k.event().eventDate().equals(c.event().eventDate());
    return otherDay && (c.ownDate() && (k.hasOwnDate() || k.dayCounted())
        || countedFromTheAccount(c));
  }

  /** A date's evidence that names a year and no more: "TIMEX 2024" for "last year", "in 2023". */
  private static final java.util.regex.Pattern YEAR_ONLY =
      java.util.regex.Pattern.compile("TIMEX (\\d{4})$");

  /**
   * "Last year, more than 60 people were killed during weeks of protests": a toll in a year the
   * words give, which is not the event's year, is of another time, though it names no day. (Only
   * for tolls: a year-dated act may be history the story's references still point past.)
   */
  static boolean anotherYear(Cluster k, Candidate c) {
    // The event's day may be its own or the publication's: either way, not of another year.
    if (k.event().eventDate().isEmpty()) {
      return false;
    }
    int year = k.event().eventDate().get().getYear();
    return c.event().evidence().stream().filter(v -> v.field().equals("event_date"))
        .map(v -> YEAR_ONLY.matcher(v.note())).anyMatch(m -> m.find()
            && Integer.parseInt(m.group(1)) != year);
  }

  /** A day the mention counts from the account before it: "two days later", "the next day". */
  static boolean countedFromTheAccount(Candidate c) {
    return c.event().evidence().stream().anyMatch(v -> v.field().equals("event_date")
        && v.note().startsWith(DateExpression.COUNTED_FROM_ACCOUNT));
  }

  static boolean actorsAgree(Event a, Event b) {
    // "Three militants were killed": a maker no words named, coded by convention, may stand for
    // the side the other report names, or for none.
    return actorsAgree(a, b, sides(a), sides(b))
        || (a.makerByConvention() || b.makerByConvention())
            && actorsAgree(a, b, namedSides(a), namedSides(b));
  }

  private static boolean actorsAgree(Event a, Event b, List<Actor> as, List<Actor> bs) {
    // "Rebels shelled army positions near Qqq. One of the shells hit a bus there, killing three
    // passengers": fire from afar of one kind that killed civilians besides its target is one
    // shelling; the civilians are its toll, not a side the other report must name.
    if (a.subEventType() == b.subEventType() && FIRE_FROM_AFAR.contains(a.subEventType())) {
      as = withoutCivilianToll(as, a);
      bs = withoutCivilianToll(bs, b);
    }
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
      if (!used[j] && Sides.sameSide(small.get(i), large.get(j))) {
        used[j] = true;
        if (matchesDistinct(small, large, i + 1, used)) {
          return true;
        }
        used[j] = false;
      }
    }
    return false;
  }

  private static final java.util.Set<SubEventType> FIRE_FROM_AFAR = java.util.Set.of(
      SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE);

  private static List<Actor> withoutCivilianToll(List<Actor> sides, Event e) {
    return e.actor2().filter(x -> x.generic() && x.inter() == 7 && sides.size() == 2)
        .map(x -> List.of(sides.get(0))).orElse(sides);
  }

  static List<Actor> sides(Event e) {
    List<Actor> out = new ArrayList<>();
    e.actor1().ifPresent(out::add);
    // A crowd that fought itself ("supporters of two factions clashed") is one side: the police
    // who dispersed it met that crowd, not a third party.
    e.actor2().filter(x -> !(Sides.crowd(x) && e.actor1().map(Actor::name)
        .filter(x.name()::equals).isPresent())).ifPresent(out::add);
    return out;
  }

  private static List<Actor> namedSides(Event e) {
    List<Actor> out = sides(e);
    if (e.makerByConvention()) {
      out.remove(0);
    }
    return out;
  }

  static boolean placesAgree(Event a, Event b) {
    if (a.place().isEmpty() || b.place().isEmpty()) {
      return true;
    }
    Place p = a.place().get();
    Place q = b.place().get();
    if (p.name().equals(q.name()) && p.iso3().equals(q.iso3())) {
      return true;
    }
    return within(q, p) || within(p, q);
  }

  /**
   * True when {@code area} is a country, province or district that holds {@code place}: a town
   * and its province agree, two districts of one province do not.
   */
  private static boolean within(Place place, Place area) {
    if (!area.isArea() || !area.iso3().equals(place.iso3())) {
      return false;
    }
    String code = area.featureCode();
    if (code.startsWith("PCL") || !code.startsWith("ADM")) {
      return true;
    }
    if (code.startsWith("ADM1")) {
      return place.admin1().equals(area.name()) || place.admin1().equals(area.admin1())
          || place.admin1().isEmpty();
    }
    return place.admin2().equals(area.name()) || place.admin2().equals(area.admin2())
        || place.admin2().isEmpty() && place.admin1().equals(area.admin1());
  }
}
