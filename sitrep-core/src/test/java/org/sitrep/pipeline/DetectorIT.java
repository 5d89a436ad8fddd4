package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventDetector;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: with {@code --detect}, events told in words the trigger rules do not know are found
 * by the learned typer and their arguments read from the parse; sentences that share the
 * violence of their words but report no event stay out. Each on a report written here.
 */
class DetectorIT {
  private static final String DATE = "2024-05-08";

  private static Event onlyDetected(String text) {
    List<Event> events = SharedPipeline.extractDetecting(text, DATE).events();
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }

  private static Evidence trigger(Event e) {
    return e.evidence().stream().filter(x -> x.field().equals("trigger")).findFirst()
        .orElseThrow(() -> new AssertionError("no trigger evidence in " + e.evidence()));
  }

  @Test
  void anAirStrikeToldWithoutItsWordIsFound() {
    String text = "Jets roared over the market town of Saraqib at dawn and levelled two"
        + " buildings, killing four people.";
    assertEquals(List.of(), SharedPipeline.extract(text, DATE).events(), "the rules alone");
    Event e = onlyDetected(text);
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals(4, e.fatalities());
    assertTrue(trigger(e).note().startsWith(EventDetector.NOTE), trigger(e).note());
  }

  @Test
  void aProtestToldWithoutItsWordIsFound() {
    String text = "Hundreds of nurses filled the square outside the health ministry in Lusaka on"
        + " Monday, waving placards and demanding back pay.";
    assertEquals(List.of(), SharedPipeline.extract(text, DATE).events(), "the rules alone");
    Event e = onlyDetected(text);
    assertEquals(SubEventType.PEACEFUL_PROTEST, e.subEventType());
    assertEquals("Lusaka", e.place().map(p -> p.name()).orElse("<none>"));
  }

  @Test
  void violentWordsThatReportNoEventStayOut() {
    String text = "The storm tore through the coastal town, flattening hundreds of homes.\n\n"
        + "The football team crushed its rivals 4-0 in the final on Sunday.\n\n"
        + "Shares plunged on Monday after the bank posted a loss.\n\n"
        + "The minister will travel to Geneva next week for talks on the economy.";
    assertEquals(List.of(), SharedPipeline.extractDetecting(text, DATE).events());
  }
}
