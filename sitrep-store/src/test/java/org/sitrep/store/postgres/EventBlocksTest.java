package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** Which blocks an event is written in and looks up, without a database. */
class EventBlocksTest {
  private static final Article ARTICLE = Reports.article("blocks.txt", "Blocks\nThe army shelled.");
  private static final Event DATED = Reports.full(ARTICLE, "B1", LocalDate.of(2025, 3, 11),
      Reports.ALEPPO, 3, 0);
  private static final Event UNDATED = undated(DATED);

  @Test
  void a_dated_event_is_written_in_its_weeks_and_the_dated_block_not_the_undated_one() {
    assertEquals(List.of("SYR|Political violence|2025-W11", "SYR|Political violence|dated"),
        EventBlocks.written(DATED));
  }

  @Test
  void a_dated_event_looks_up_its_weeks_and_the_undated_reports_only() {
    assertEquals(List.of("SYR|Political violence|2025-W11", "SYR|Political violence|undated"),
        EventBlocks.lookedUp(DATED));
  }

  @Test
  void an_undated_event_is_written_in_the_undated_block_and_looks_up_both() {
    assertEquals(List.of("SYR|Political violence|undated"), EventBlocks.written(UNDATED));
    assertEquals(List.of("SYR|Political violence|undated", "SYR|Political violence|dated"),
        EventBlocks.lookedUp(UNDATED));
  }

  @Test
  void every_pair_that_may_be_one_event_meets_whichever_is_stored_first() {
    Event nextWeek = Reports.full(ARTICLE, "B2", LocalDate.of(2025, 3, 19), Reports.ALEPPO, 3, 0);
    for (Event[] pair : new Event[][] {{DATED, UNDATED}, {UNDATED, DATED}, {UNDATED, UNDATED},
        {DATED, DATED}}) {
      assertTrue(meet(pair[0], pair[1]), pair[0].eventDate() + " then " + pair[1].eventDate());
    }
    // A Tuesday and the Wednesday after: the weeks of their days and the days next to them differ.
    assertFalse(meet(DATED, nextWeek));
  }

  /** Whether {@code later}, stored after {@code first}, finds it among its candidates. */
  private static boolean meet(Event first, Event later) {
    List<String> shared = new ArrayList<>(EventBlocks.written(first));
    shared.retainAll(EventBlocks.lookedUp(later));
    return !shared.isEmpty();
  }

  private static Event undated(Event e) {
    return new Event(e.eventId(), e.article(), Optional.empty(), e.timePrecision(),
        e.subEventType(), e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2(), e.place(),
        e.geoPrecision(), e.source(), e.notes(), e.fatalities(), e.injured(), e.captured(),
        e.cameo(), e.plover(), e.modality(), e.confidence(), e.evidence());
  }
}
