package org.sitrep.eval;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * How Sitrep did on one gold row: how many events it returned, how many of them have the row's
 * event type, and the one that matches the row best, which the field accuracies are taken on.
 *
 * @param error why extraction failed on this row; such rows are counted apart and not scored
 */
public record RowScore(
    GoldEvent gold,
    int events,
    int eventsOfGoldType,
    Optional<Event> best,
    Optional<String> error) {
  /** Events further away than this from the gold coordinates are in the wrong place. */
  public static final double NEAR_KM = 25.0;

  public RowScore {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(error, "error");
  }

  public boolean found() {
    return error.isEmpty() && events > 0;
  }

  public boolean eventTypeCorrect() {
    return best.map(e -> e.eventType().label().equalsIgnoreCase(gold.eventType())).orElse(false);
  }

  public boolean subEventTypeCorrect() {
    return best.map(e -> e.subEventType().label().equalsIgnoreCase(gold.subEventType()))
        .orElse(false);
  }

  public boolean actor1Correct() {
    return best.flatMap(Event::actor1).map(a -> a.name().equals(gold.actor1())).orElse(false);
  }

  /** Sitrep's actor2 is ACLED's; both empty counts as right (an event with one side). */
  public boolean actor2Correct() {
    return best.map(e -> e.actor2().map(a -> a.name()).orElse("").equals(gold.actor2()))
        .orElse(false);
  }

  /** Both actors right, on either side: who fought whom, whoever is named first. */
  public boolean actorPairCorrect() {
    return best.map(e -> {
      String a1 = e.actor1().map(a -> a.name()).orElse("");
      String a2 = e.actor2().map(a -> a.name()).orElse("");
      return a1.equals(gold.actor1()) && a2.equals(gold.actor2())
          || a1.equals(gold.actor2()) && a2.equals(gold.actor1());
    }).orElse(false);
  }

  /** Events returned beyond the one matched to the row. */
  public int spurious() {
    return found() ? events - 1 : events;
  }

  /** Gold actor1 named as either Sitrep's actor1 or actor2: the actor found, the side aside. */
  public boolean actor1OnEitherSide() {
    return actor1Correct()
        || best.flatMap(Event::actor2).map(a -> a.name().equals(gold.actor1())).orElse(false);
  }

  public boolean inter1Correct() {
    return best.map(e -> e.inter1() == gold.inter1()).orElse(false);
  }

  /** Distance from Sitrep's place to the gold coordinates; empty when either side has none. */
  public Optional<Double> distanceKm() {
    if (!gold.hasCoordinates()) {
      return Optional.empty();
    }
    return best.flatMap(Event::place)
        .map(
            p ->
                org.sitrep.place.Distance.km(
                    p.latitude(), p.longitude(),
                    gold.latitude().getAsDouble(), gold.longitude().getAsDouble()));
  }

  public boolean locationNear() {
    return distanceKm().map(d -> d <= NEAR_KM).orElse(false);
  }

  public boolean countryCorrect() {
    return best.flatMap(Event::place)
        .map(Place::country)
        .map(c -> c.equalsIgnoreCase(gold.country()))
        .orElse(false);
  }

  public boolean fatalitiesCorrect() {
    return best.map(e -> e.fatalities() == gold.fatalities()).orElse(false);
  }

  /** |Sitrep's fatalities − ACLED's|; 0 when nothing was found. */
  public int fatalitiesError() {
    return best.map(e -> Math.abs(e.fatalities() - gold.fatalities())).orElse(0);
  }

  public boolean dateCorrect() {
    return best.flatMap(Event::eventDate).map(d -> d.equals(gold.eventDate())).orElse(false);
  }
}
