package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/** The real report of issue #3, read from ../shared when it is there (it never ships). */
class SouthDamascusReportIT {
  private static final Path REPORT = Path.of("../../shared/examples/isis-south-damascus.txt");

  private static List<Event> events() throws IOException {
    Assumptions.assumeTrue(Files.exists(REPORT), "the shared example report is not here");
    return SharedPipeline.extract(Files.readString(REPORT), "2017-11-23").events();
  }

  private static boolean involves(Event e, String actor) {
    return e.actor1().map(Actor::name).orElse("").equals(actor)
        || e.actor2().map(Actor::name).orElse("").equals(actor)
        || e.assocActor1().stream().anyMatch(a -> a.name().equals(actor));
  }

  @Test
  void findsTheThreeEventsTheReportDescribesAndLittleElse() throws IOException {
    List<Event> events = events();
    assertTrue(events.size() >= 3 && events.size() <= 5, () -> "events: " + events.size());

    Event tadamon = events.stream().filter(e -> e.place().map(p -> p.name().equals("al-Tadamon")).orElse(false))
        .findFirst().orElseThrow();
    assertTrue(involves(tadamon, "Islamic State (Syria)") && involves(tadamon, "Military Forces of Syria (2000-)"));
    assertEquals(Optional.of(LocalDate.of(2017, 11, 22)), tadamon.eventDate());
    assertEquals("Damascus", tadamon.place().orElseThrow().admin1());
    assertTrue(tadamon.assocActor2().stream().anyMatch(a -> a.name().equals("Militia (Pro-Government)"))
        || tadamon.assocActor1().stream().anyMatch(a -> a.name().equals("Militia (Pro-Government)")),
        "armed forces loyal to the regime forces");

    Event commando = events.stream().filter(e -> e.fatalities() == 13).findFirst().orElseThrow();
    assertEquals("Revolutionary Commando Army", commando.actor1().map(Actor::name).orElse(""));
    assertTrue(involves(commando, "Islamic State (Syria)"));
    assertEquals(20, commando.captured());
    assertEquals("al-Tanf", commando.place().orElseThrow().name());

    assertTrue(events.stream().anyMatch(e -> involves(e, "Global Coalition Against Daesh")
        && involves(e, "Islamic State (Syria)") && e.place().map(p -> p.name().equals("al-Tanf")).orElse(false)));
  }

  @Test
  void rejectsTheFutureIntendedAndHabitualStatements() throws IOException {
    List<Event> events = events();
    assertTrue(events.stream().noneMatch(e -> e.evidence().stream()
        .anyMatch(v -> v.field().equals("trigger") && (v.text().equals("prevent") || v.text().equals("kidnap")))));
  }
}
