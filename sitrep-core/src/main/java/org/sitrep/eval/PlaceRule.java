package org.sitrep.eval;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Where a system event may be against a gold event: score.py's place rules and distances. */
final class PlaceRule {
  /** Farther apart than this, two points do not pair unless a name or the country does. */
  static final double PAIR_KM = 50.0;

  /**
   * score.py's Earth radius. Not {@link org.sitrep.place.Distance}'s: the pairing's distance is also a sort key,
   * and the port must order ties exactly as score.py does.
   */
  private static final double EARTH_RADIUS_KM = 6371.0;

  private PlaceRule() {}

  /** score.py's {@code haversine}; empty when either side lacks coordinates. */
  static OptionalDouble distanceKm(SystemEvent s, ArticleGoldEvent g) {
    if (s.latitude().isEmpty()
        || s.longitude().isEmpty()
        || g.latitude().isEmpty()
        || g.longitude().isEmpty()) {
      return OptionalDouble.empty();
    }
    double lat1 = s.latitude().getAsDouble();
    double lat2 = g.latitude().getAsDouble();
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(g.longitude().getAsDouble() - s.longitude().getAsDouble());
    double sinP = Math.sin(dp / 2);
    double sinL = Math.sin(dl / 2);
    double a = sinP * sinP + Math.cos(p1) * Math.cos(p2) * (sinL * sinL);
    return OptionalDouble.of(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a))));
  }

  /** The system event has a country, and it is the gold event's (after folding variants). */
  static boolean sameCountry(SystemEvent s, ArticleGoldEvent g) {
    return present(s.country())
        && ScoreText.countryKey(s.country().get()).equals(ScoreText.countryKey(g.country()));
  }

  /**
   * score.py's {@code place_admissible}: country-level gold takes any event in its country; other
   * gold an event within 50 km, or one in its country whose location or admin1 is one of the gold
   * event's names (location, admin1, alternative names).
   */
  static boolean admissible(SystemEvent s, ArticleGoldEvent g) {
    if (g.countryLevel()) {
      return sameCountry(s, g);
    }
    OptionalDouble d = distanceKm(s, g);
    if (d.isPresent() && d.getAsDouble() <= PAIR_KM) {
      return true;
    }
    Set<String> goldNames = new HashSet<>();
    goldNames.add(ScoreText.norm(g.location()));
    goldNames.add(ScoreText.norm(g.admin1()));
    g.altLocations().forEach(x -> goldNames.add(ScoreText.norm(x)));
    goldNames.remove("");
    Set<String> systemNames = new HashSet<>();
    systemNames.add(ScoreText.norm(s.location().orElse(null)));
    systemNames.add(ScoreText.norm(s.admin1().orElse(null)));
    systemNames.remove("");
    systemNames.retainAll(goldNames);
    return sameCountry(s, g) && !systemNames.isEmpty();
  }

  /**
   * Whether the system's location names the gold place, for the "same place" distance bucket.
   * Unlike {@link #admissible}, an empty name is kept here, as score.py keeps it.
   */
  static boolean namesGoldPlace(SystemEvent s, ArticleGoldEvent g) {
    String name = ScoreText.norm(s.location().orElse(null));
    return name.equals(ScoreText.norm(g.location()))
        || g.altLocations().stream().anyMatch(x -> ScoreText.norm(x).equals(name));
  }

  /** Python's truth value of a text: present and not "". */
  static boolean present(Optional<String> text) {
    return text.isPresent() && !text.get().isEmpty();
  }
}
