package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/**
 * What a person changes in a stored event ({@link EventReview#correct}): each value given replaces
 * the event's, each absent one is left as it is. The event type follows the sub-event type. A
 * corrected count is kept apart from the reports' counts, so that a report merged into the event
 * later does not overwrite it.
 *
 * @param notAnEvent true marks the event rejected (left out of lists and exports unless asked
 *     for), false takes a rejection back
 * @throws InvalidCorrectionException naming the field whose value is out of range, or {@code body}
 *     when nothing is to be changed
 */
public record Correction(
    Optional<SubEventType> subEventType,
    Optional<String> actor1,
    Optional<String> actor2,
    Optional<LocalDate> eventDate,
    Optional<TimePrecision> timePrecision,
    Optional<String> location,
    Optional<String> country,
    Optional<Double> latitude,
    Optional<Double> longitude,
    Optional<Integer> fatalities,
    Optional<Integer> injured,
    Optional<Integer> captured,
    Optional<Boolean> notAnEvent) {
  /** Longer than this is no reason a person typed. */
  public static final int MAX_REASON = 500;

  /** Longer than this is no name of an actor, a place or a country. */
  public static final int MAX_NAME = 200;

  public Correction {
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(timePrecision, "timePrecision");
    Objects.requireNonNull(notAnEvent, "notAnEvent");
    actor1 = name(actor1, "actor1");
    actor2 = name(actor2, "actor2");
    location = name(location, "location");
    country = name(country, "country");
    count(fatalities, "fatalities");
    count(injured, "injured");
    count(captured, "captured");
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    if (latitude.isPresent() && !(latitude.get() >= -90 && latitude.get() <= 90)) {
      throw new InvalidCorrectionException("latitude", "latitude is -90 to 90, was "
          + latitude.get());
    }
    if (longitude.isPresent() && !(longitude.get() >= -180 && longitude.get() <= 180)) {
      throw new InvalidCorrectionException("longitude", "longitude is -180 to 180, was "
          + longitude.get());
    }
    if (latitude.isPresent() != longitude.isPresent()) {
      throw new InvalidCorrectionException(latitude.isPresent() ? "longitude" : "latitude",
          "latitude and longitude are corrected together: give both");
    }
    if (subEventType.isEmpty() && actor1.isEmpty() && actor2.isEmpty() && eventDate.isEmpty()
        && timePrecision.isEmpty() && location.isEmpty() && country.isEmpty()
        && latitude.isEmpty() && fatalities.isEmpty() && injured.isEmpty() && captured.isEmpty()
        && notAnEvent.isEmpty()) {
      throw new InvalidCorrectionException("body", "nothing to correct: give at least one field");
    }
  }

  /** Checks who corrects and why, as every correction needs them. */
  public static void checkByAndReason(String by, String reason) {
    if (by == null || by.isBlank()) {
      throw new InvalidCorrectionException("by", "by (who makes the change) is required");
    }
    if (by.strip().length() > MAX_NAME) {
      throw new InvalidCorrectionException("by", "by is at most " + MAX_NAME + " characters");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidCorrectionException("reason", "reason (why the change is made) is required");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new InvalidCorrectionException("reason", "reason is at most " + MAX_REASON
          + " characters, was " + reason.strip().length());
    }
  }

  private static Optional<String> name(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      return value;
    }
    String v = value.get().strip();
    if (v.isEmpty()) {
      throw new InvalidCorrectionException(field, field + " must not be empty");
    }
    if (v.length() > MAX_NAME) {
      throw new InvalidCorrectionException(field, field + " is at most " + MAX_NAME
          + " characters, was " + v.length());
    }
    return Optional.of(v);
  }

  private static void count(Optional<Integer> value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isPresent() && value.get() < 0) {
      throw new InvalidCorrectionException(field, field + " is 0 or more, was " + value.get());
    }
  }
}
