package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One event as ACLED's coders recorded it: the reference an extraction is scored against. Only the
 * fields the evaluation compares are kept.
 *
 * @param id where the row came from, e.g. "acled-afghanistan.csv:AFG44631"
 * @param latitude empty when the row has no coordinates
 */
public record GoldEvent(
    String id,
    LocalDate eventDate,
    String eventType,
    String subEventType,
    String actor1,
    String actor2,
    int inter1,
    int inter2,
    String country,
    String admin1,
    String location,
    OptionalDouble latitude,
    OptionalDouble longitude,
    int fatalities,
    String notes) {
  public GoldEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    Objects.requireNonNull(notes, "notes");
  }

  /** True when the row gives both coordinates, so a distance can be measured. */
  public boolean hasCoordinates() {
    return latitude.isPresent() && longitude.isPresent();
  }
}
