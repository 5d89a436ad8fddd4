package org.sitrep.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders a search can return events in, named as users write them: a leading {@code -} means
 * descending. Ties are broken by the store's id, in the same direction, so that paging is stable.
 * Events without a date come last in both date orders.
 */
public enum EventSort {
  /** Newest first: the default. */
  EVENT_DATE_DESC("-event_date"),
  EVENT_DATE("event_date"),
  FATALITIES_DESC("-fatalities"),
  FATALITIES("fatalities"),
  /** Last changed first. */
  UPDATED_AT_DESC("-updated_at"),
  /** Oldest change first: the order of the change feed, which a client reads to its end. */
  UPDATED_AT("updated_at");

  private final String id;

  EventSort(String id) {
    this.id = id;
  }

  /** The name users write, e.g. "-fatalities". */
  public String id() {
    return id;
  }

  /**
   * The order a user named.
   *
   * @throws InvalidFilterException naming {@code sort} and the names it takes
   */
  public static EventSort fromId(String id) {
    Optional<EventSort> sort =
        Arrays.stream(values()).filter(s -> s.id.equals(id.trim())).findFirst();
    return sort.orElseThrow(() -> new InvalidFilterException("sort", "sort is one of "
        + Arrays.stream(values()).map(EventSort::id).collect(Collectors.joining(", "))
        + ", was '" + id + "'"));
  }
}
