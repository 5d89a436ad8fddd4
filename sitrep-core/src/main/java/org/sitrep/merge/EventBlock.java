package org.sitrep.merge;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * The block of events an event need be compared with to find other reports of it: its country,
 * ISO week and family of event types (ACLED's disorder type: political violence, demonstrations,
 * strategic developments). {@link CrossReports} never joins events placed in two countries, of two
 * families or of days outside their precision's window, so for placed events comparing only within
 * blocks loses no pair it would join, and turns an all-pairs comparison into one per block. An
 * event with no place is blocked by its first actor's country, a guess that may miss a pair: the
 * decision itself would compare it with a placed event of any country.
 *
 * <p>A store or a Spark job gives each event the blocks of {@link #keys(Event)}, groups events by
 * block and compares the pairs within each group (a pair met in two blocks once):
 *
 * <pre>{@code
 * events.flatMap(e -> EventBlock.keys(e).stream().map(k -> Map.entry(k.key(), e)))
 * }</pre>
 *
 * @param iso3 the place's country, else the first actor's; empty when neither is known
 * @param family the event type's disorder type, e.g. "Political violence"
 * @param weekYear the ISO week-based year; 0 for an undated event
 * @param week the ISO week, 1-53; 0 for an undated event
 */
public record EventBlock(String iso3, String family, int weekYear, int week) {
  public EventBlock {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(family, "family");
  }

  /** The event's own block. */
  public static EventBlock of(Event e) {
    return e.eventDate().map(d -> at(e, d)).orElseGet(() -> undatedOf(e));
  }

  /**
   * Every block an event of this one's may sit in: its own week, the weeks of the day before and
   * after (a day-precision event dated by publication may be a day off, across a week's end), the
   * weeks of its month for a month-precision event, and its country and family's undated block,
   * where it meets the reports that gave no day (which {@link CrossReports} does not part on the
   * date). An undated event's keys are its undated block only.
   */
  public static List<EventBlock> keys(Event e) {
    List<EventBlock> out = new ArrayList<>();
    if (e.eventDate().isPresent()) {
      LocalDate d = e.eventDate().get();
      List<LocalDate> days = switch (e.timePrecision()) {
        case DAY, WEEK -> List.of(d.minusDays(1), d, d.plusDays(1));
        case MONTH -> d.withDayOfMonth(1).datesUntil(d.withDayOfMonth(d.lengthOfMonth()).plusDays(1))
            .toList();
      };
      for (LocalDate day : days) {
        EventBlock b = at(e, day);
        if (!out.contains(b)) {
          out.add(b);
        }
      }
    }
    out.add(undatedOf(e));
    return out;
  }

  /** "MLI|Political violence|2024-W06", or "…|undated": a string key for a map or a GROUP BY. */
  public String key() {
    String when = week == 0 ? "undated" : String.format(java.util.Locale.ROOT, "%d-W%02d", weekYear, week);
    return iso3 + "|" + family + "|" + when;
  }

  private static EventBlock at(Event e, LocalDate d) {
    return new EventBlock(country(e), e.eventType().disorderType(),
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The undated block of the event's country and family, where reports that gave no day meet. */
  public static EventBlock undatedOf(Event e) {
    return new EventBlock(country(e), e.eventType().disorderType(), 0, 0);
  }

  private static String country(Event e) {
    return e.place().map(p -> p.iso3())
        .or(() -> e.actor1().map(a -> a.iso3()).filter(s -> !s.isEmpty())).orElse("");
  }
}
