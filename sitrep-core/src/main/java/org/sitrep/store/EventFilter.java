package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * What {@link EventQuery#search} looks for: events that pass every filter given, in one order, one
 * page at a time. An absent filter lets every event pass; a date or place filter leaves out events
 * that have no date or no place.
 *
 * <pre>{@code
 * EventFilter f = EventFilter.builder().from(LocalDate.of(2025, 3, 1)).country("SYR")
 *     .actor("militia").sort(EventSort.FATALITIES_DESC).limit(50).build();
 * }</pre>
 *
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param country a country's name or ISO 3166-1 alpha-3 code, in any case
 * @param actor words in the name of actor 1 or actor 2, in any case
 * @param text words of the notes or the evidence, in PostgreSQL's {@code websearch} syntax
 *     ("air strike" -drone)
 * @param limit at most this many events, 1 to {@link #MAX_LIMIT}
 * @param offset events skipped before the page, 0 or more
 * @param includeRejected also events a person marked not an event ({@link EventReview})
 * @param updatedSince only events changed at or after this instant (created, merged, split,
 *     corrected, rejected: any entry of their history): the change feed
 * @throws InvalidFilterException naming the filter whose value is out of range
 */
public record EventFilter(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<BoundingBox> bbox,
    Optional<String> country,
    Optional<String> actor,
    Optional<EventType> eventType,
    Optional<SubEventType> subEventType,
    Optional<String> text,
    EventSort sort,
    int limit,
    int offset,
    boolean includeRejected,
    Optional<Instant> updatedSince) {
  /** The largest page: enough for a table or a map layer, small enough to answer at once. */
  public static final int MAX_LIMIT = 500;

  public static final int DEFAULT_LIMIT = 100;

  /** Longer words than this are no search a person typed. */
  static final int MAX_TEXT = 200;

  public EventFilter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(bbox, "bbox");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(updatedSince, "updatedSince");
    country = words(country, "country");
    actor = words(actor, "actor");
    text = words(text, "q");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidFilterException("from", "from (" + from.get() + ") is after to ("
          + to.get() + ")");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidFilterException("limit", "limit is 1 to " + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new InvalidFilterException("offset", "offset is 0 or more, was " + offset);
    }
    if (subEventType.isPresent() && eventType.isPresent()
        && subEventType.get().eventType() != eventType.get()) {
      throw new InvalidFilterException("sub_event_type", "sub_event_type '"
          + subEventType.get().label() + "' is not of event_type '" + eventType.get().label()
          + "'");
    }
  }

  /** Blank means absent; surrounding spaces are dropped. */
  private static Optional<String> words(Optional<String> value, String parameter) {
    Objects.requireNonNull(value, parameter);
    Optional<String> trimmed = value.map(String::trim).filter(v -> !v.isEmpty());
    if (trimmed.isPresent() && trimmed.get().length() > MAX_TEXT) {
      throw new InvalidFilterException(parameter, parameter + " is at most " + MAX_TEXT
          + " characters, was " + trimmed.get().length());
    }
    return trimmed;
  }

  /** Every event, newest first, the first {@link #DEFAULT_LIMIT}. */
  public static EventFilter all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The same filters for the next page. */
  public EventFilter withOffset(int newOffset) {
    return new EventFilter(from, to, bbox, country, actor, eventType, subEventType, text, sort,
        limit, newOffset, includeRejected, updatedSince);
  }

  /** The same filters, with or without rejected events. */
  public EventFilter withRejected(boolean include) {
    return new EventFilter(from, to, bbox, country, actor, eventType, subEventType, text, sort,
        limit, offset, include, updatedSince);
  }

  /** Collects the filters; {@link #build} checks them all. */
  public static final class Builder {
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private Optional<BoundingBox> bbox = Optional.empty();
    private Optional<String> country = Optional.empty();
    private Optional<String> actor = Optional.empty();
    private Optional<EventType> eventType = Optional.empty();
    private Optional<SubEventType> subEventType = Optional.empty();
    private Optional<String> text = Optional.empty();
    private EventSort sort = EventSort.EVENT_DATE_DESC;
    private int limit = DEFAULT_LIMIT;
    private int offset;
    private boolean includeRejected;
    private Optional<Instant> updatedSince = Optional.empty();
    private boolean sortGiven;

    private Builder() {}

    public Builder from(LocalDate value) {
      from = Optional.of(value);
      return this;
    }

    public Builder to(LocalDate value) {
      to = Optional.of(value);
      return this;
    }

    public Builder bbox(BoundingBox value) {
      bbox = Optional.of(value);
      return this;
    }

    public Builder country(String value) {
      country = Optional.of(value);
      return this;
    }

    public Builder actor(String value) {
      actor = Optional.of(value);
      return this;
    }

    public Builder eventType(EventType value) {
      eventType = Optional.of(value);
      return this;
    }

    public Builder subEventType(SubEventType value) {
      subEventType = Optional.of(value);
      return this;
    }

    public Builder text(String value) {
      text = Optional.of(value);
      return this;
    }

    public Builder sort(EventSort value) {
      sort = Objects.requireNonNull(value, "sort");
      sortGiven = true;
      return this;
    }

    public Builder limit(int value) {
      limit = value;
      return this;
    }

    public Builder offset(int value) {
      offset = value;
      return this;
    }

    public Builder includeRejected(boolean value) {
      includeRejected = value;
      return this;
    }

    /** Only events changed at or after {@code value}; unless sorted otherwise, oldest first. */
    public Builder updatedSince(Instant value) {
      updatedSince = Optional.of(value);
      return this;
    }

    public EventFilter build() {
      // A change feed is read in the order of the changes, so that a client can page to the end
      // and ask again from the last updated_at it saw.
      EventSort order = updatedSince.isPresent() && !sortGiven ? EventSort.UPDATED_AT : sort;
      return new EventFilter(from, to, bbox, country, actor, eventType, subEventType, text, order,
          limit, offset, includeRejected, updatedSince);
    }
  }
}
