package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/** End to end on the report that ships in examples/. */
class ShippedExampleIT {
  @Test
  void theRaqqaReportYieldsTheTuesdayAttackAndNoFutureEvent() throws IOException {
    String text = Files.readString(Path.of("../examples/raqqa-clashes.txt"));
    ExtractionResult r = SharedPipeline.extract(text, "2025-03-12");
    List<Event> events = r.events();
    Event attack = events.stream().filter(e -> e.fatalities() == 9).findFirst().orElseThrow();
    assertEquals("Islamic State (Syria)", attack.actor1().map(Actor::name).orElse(""));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 11)), attack.eventDate());
    assertEquals("SYR", attack.place().orElseThrow().iso3());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("future")));
    assertTrue(events.size() <= 6, () -> "events: " + events.size());
  }
}
