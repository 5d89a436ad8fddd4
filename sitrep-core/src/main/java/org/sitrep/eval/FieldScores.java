package org.sitrep.eval;

import java.util.List;
import java.util.OptionalDouble;
import org.sitrep.eval.ArticleGoldEvent.TypePair;

/**
 * Which fields of a system event are right against the gold event it is paired with: score.py's
 * {@code field_scores}, with the rules of its docstring (alternative types, actor aliases, sides
 * read swapped for Battles or swap_ok, 25 km or the country for country-level gold, alternative
 * fatality counts, the exact day).
 *
 * @param distanceKm between the two points; empty when either has none
 */
public record FieldScores(
    boolean eventType,
    boolean subEventType,
    boolean actor1,
    boolean actor2,
    boolean location25km,
    boolean country,
    boolean fatalities,
    boolean eventDate,
    OptionalDouble distanceKm) {
  /** The field names in score.py's order, as its JSON keys. */
  public static final List<String> NAMES =
      List.of(
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "location_25km",
          "country",
          "fatalities",
          "event_date");

  /** Within this distance the location is right. */
  static final double NEAR_KM = 25.0;

  public static FieldScores of(SystemEvent s, ArticleGoldEvent g) {
    List<String> side1 = ActorMatch.side(s.actor1(), s.assocActor1());
    List<String> side2 = ActorMatch.side(s.actor2(), s.assocActor2());
    boolean a1 = ActorMatch.actor1Ok(side1, g);
    boolean a2 = ActorMatch.actor2Ok(side2, g);
    if (g.eventType().equals("Battles") || g.swapOk()) {
      // In a clash either side may be named first; the reading with more matches is kept.
      boolean s1 = ActorMatch.actor1Ok(side2, g);
      boolean s2 = ActorMatch.actor2Ok(side1, g);
      if (count(s1, s2) > count(a1, a2)) {
        a1 = s1;
        a2 = s2;
      }
    }
    OptionalDouble dist = PlaceRule.distanceKm(s, g);
    boolean location =
        g.countryLevel()
            ? PlaceRule.sameCountry(s, g)
            : dist.isPresent() && dist.getAsDouble() <= NEAR_KM;
    return new FieldScores(
        sameEventType(s, g),
        sameSubEventType(s, g),
        a1,
        a2,
        location,
        PlaceRule.sameCountry(s, g),
        fatalitiesRight(s, g),
        s.eventDate().equals(g.eventDate()),
        dist);
  }

  /** The system's event type is the gold event's or that of one of its alternative types. */
  static boolean sameEventType(SystemEvent s, ArticleGoldEvent g) {
    return s.eventType().isPresent()
        && g.allowedTypes().stream().anyMatch(t -> t.eventType().equals(s.eventType().get()));
  }

  /** The system's (event type, sub-event type) is the gold pair or an alternative. */
  static boolean sameSubEventType(SystemEvent s, ArticleGoldEvent g) {
    return s.eventType().isPresent()
        && s.subEventType().isPresent()
        && g.allowedTypes().contains(new TypePair(s.eventType().get(), s.subEventType().get()));
  }

  private static boolean fatalitiesRight(SystemEvent s, ArticleGoldEvent g) {
    if (s.fatalities().isEmpty()) {
      return false;
    }
    double f = s.fatalities().getAsDouble();
    return f == g.fatalities() || g.fatalitiesAlt().stream().anyMatch(x -> f == x);
  }

  /** Whether the named field is right; {@code name} is one of {@link #NAMES}. */
  public boolean get(String name) {
    switch (name) {
      case "event_type":
        return eventType;
      case "sub_event_type":
        return subEventType;
      case "actor1":
        return actor1;
      case "actor2":
        return actor2;
      case "location_25km":
        return location25km;
      case "country":
        return country;
      case "fatalities":
        return fatalities;
      case "event_date":
        return eventDate;
      default:
        throw new IllegalArgumentException("no field " + name);
    }
  }

  private static int count(boolean a, boolean b) {
    return (a ? 1 : 0) + (b ? 1 : 0);
  }
}
