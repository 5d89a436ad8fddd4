package org.sitrep.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;
import org.sitrep.store.InvalidFilterException;

/**
 * Turns a query string into an {@link EventFilter}. Every problem is an {@link
 * InvalidFilterException} that names the parameter; a parameter the API does not know is refused
 * too, so that a typo ({@code bbbox}) is not silently a search of everything.
 */
final class FilterParams {
  /** The filters; {@code limit} and {@code offset} are added for paged lists. */
  private static final Set<String> FILTERS = Set.of("from", "to", "bbox", "country", "actor",
      "event_type", "sub_event_type", "q", "sort", "include_rejected", "updated_since");

  private static final Set<String> PAGING = Set.of("limit", "offset");

  private final Map<String, List<String>> query;

  private FilterParams(Map<String, List<String>> query) {
    this.query = query;
  }

  /** The filter of {@code GET /api/events}: filters, sort and paging. */
  static EventFilter page(Map<String, List<String>> query) {
    return new FilterParams(query).parse(true, EventFilter.DEFAULT_LIMIT);
  }

  /** The filter of the exports, which write every event that passes: no paging parameters. */
  static EventFilter export(Map<String, List<String>> query, int pageSize) {
    return new FilterParams(query).parse(false, pageSize);
  }

  private EventFilter parse(boolean paged, int limit) {
    for (String name : query.keySet()) {
      if (!FILTERS.contains(name) && !(paged && PAGING.contains(name))) {
        throw unknown(name, paged);
      }
    }
    EventFilter.Builder b = EventFilter.builder().limit(limit);
    value("from").map(v -> date("from", v)).ifPresent(b::from);
    value("to").map(v -> date("to", v)).ifPresent(b::to);
    value("bbox").map(BoundingBox::parse).ifPresent(b::bbox);
    value("country").ifPresent(b::country);
    value("actor").ifPresent(b::actor);
    value("event_type").map(v -> label("event_type", v, EventType.values(), EventType::label))
        .ifPresent(b::eventType);
    value("sub_event_type").map(v -> label("sub_event_type", v, SubEventType.values(),
        SubEventType::label)).ifPresent(b::subEventType);
    value("q").ifPresent(b::text);
    value("sort").map(EventSort::fromId).ifPresent(b::sort);
    value("include_rejected").map(FilterParams::bool).ifPresent(b::includeRejected);
    value("updated_since").map(FilterParams::instant).ifPresent(b::updatedSince);
    value("limit").map(v -> integer("limit", v)).ifPresent(b::limit);
    value("offset").map(v -> integer("offset", v)).ifPresent(b::offset);
    return b.build();
  }

  private static InvalidFilterException unknown(String name, boolean paged) {
    Set<String> known = new TreeSet<>(FILTERS);
    if (paged) {
      known.addAll(PAGING);
    }
    String hint = !paged && PAGING.contains(name)
        ? "; an export writes every event that passes the filters, limit and offset are for"
            + " /api/events" : "";
    return new InvalidFilterException(name, "unknown parameter '" + name + "'; the parameters"
        + " are " + String.join(", ", known) + hint);
  }

  private Optional<String> value(String name) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new InvalidFilterException(name, name + " is given " + values.size()
          + " times; give it once");
    }
    return values.stream().findFirst();
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidFilterException(name, name + " is a date, YYYY-MM-DD, was '" + value
          + "'");
    }
  }

  /** An ISO-8601 instant with its offset, or a date, which means its first moment in UTC. */
  private static Instant instant(String value) {
    String v = value.trim();
    try {
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidFilterException("updated_since", "updated_since is an ISO-8601 time with"
          + " its offset (2025-03-12T08:00:00Z) or a date (2025-03-12, from 00:00 UTC), was '"
          + value + "'");
    }
  }

  private static boolean bool(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidFilterException("include_rejected", "include_rejected is true"
          + " or false, was '" + value + "'");
    };
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidFilterException(name, name + " is a whole number, was '" + value + "'");
    }
  }

  /** The constant whose label is {@code value}, in any case. */
  private static <T> T label(String name, String value, T[] constants, Function<T, String> label) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(constants)
        .filter(c -> label.apply(c).toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
        .orElseThrow(() -> new InvalidFilterException(name, name + " is one of "
            + Arrays.stream(constants).map(c -> "'" + label.apply(c) + "'")
                .collect(Collectors.joining(", "))
            + "; was '" + value + "'"));
  }
}
