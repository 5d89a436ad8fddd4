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
  void theRaqqaReportYieldsTheAttackTheStrikeAndTheArrestsAndNoFutureEvent() throws IOException {
    String text = Files.readString(Path.of("../examples/raqqa-clashes.txt"));
    ExtractionResult r = SharedPipeline.extract(text, "2025-03-12");
    List<Event> events = r.events();
    // Nine SDF members and four assailants: the dead of both sides are added up.
    Event attack = events.stream().filter(e -> e.fatalities() == 13).findFirst().orElseThrow();
    assertEquals("Islamic State (Syria)", attack.actor1().map(Actor::name).orElse(""));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 11)), attack.eventDate());
    assertEquals("SYR", attack.place().orElseThrow().iso3());
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("future")));
    assertEquals(3, events.size(), () -> "events: " + events);
    Event strike = events.stream()
        .filter(e -> e.subEventType() == org.sitrep.model.SubEventType.AIR_DRONE_STRIKE)
        .findFirst().orElseThrow();
    assertEquals("Global Coalition Against Daesh", strike.actor1().map(Actor::name).orElse(""));
    assertEquals(3, strike.fatalities());
    assertTrue(events.stream().anyMatch(e -> e.subEventType() == org.sitrep.model.SubEventType.ARRESTS
        && e.eventDate().equals(Optional.of(LocalDate.of(2025, 3, 12)))));
  }

  @Test
  void theRaqqaPageYieldsTheEventsOfTheRaqqaReportDatedByThePage() throws IOException {
    List<Event> fromText = SharedPipeline.extract(
        Files.readString(Path.of("../examples/raqqa-clashes.txt")), "2025-03-12").events();
    List<Event> fromPage = SharedPipeline.extractPage(
        Files.readAllBytes(Path.of("../examples/raqqa-clashes.html"))).events();
    // The page's chrome (menus, share bar, related stories, comments, footer) adds no event.
    assertEquals(summary(fromText), summary(fromPage));
    assertTrue(fromPage.stream().allMatch(e -> e.source().equals("Levant Wire")));
    assertTrue(fromPage.stream().allMatch(e -> e.evidence().stream().anyMatch(v ->
        v.field().equals("published")
            && v.note().equals("publication date 2025-03-12, from json-ld"))));
  }

  private static List<String> summary(List<Event> events) {
    return events.stream().map(e -> e.subEventType().label() + " " + e.eventDate().orElse(null)
        + " " + e.place().map(p -> p.name()).orElse("") + " " + e.fatalities()).toList();
  }

  @Test
  void theIdlibReportYieldsShellingProtestAndRepelledAdvanceButNoWarning() throws IOException {
    String text = Files.readString(Path.of("../examples/idlib-shelling.txt"));
    ExtractionResult r = SharedPipeline.extract(text, "2024-10-10");
    Event shelling = r.events().stream()
        .filter(e -> e.subEventType() == org.sitrep.model.SubEventType.SHELLING_ARTILLERY_MISSILE)
        .findFirst().orElseThrow();
    assertEquals("Military Forces of Syria (2000-)", shelling.actor1().map(Actor::name).orElse(""));
    assertEquals("Civilians (Syria)", shelling.actor2().map(Actor::name).orElse(""));
    assertEquals(4, shelling.fatalities());
    assertEquals(7, shelling.injured());
    assertEquals(Optional.of(LocalDate.of(2024, 10, 9)), shelling.eventDate());
    assertTrue(r.events().stream().anyMatch(e -> e.subEventType() == org.sitrep.model.SubEventType.PEACEFUL_PROTEST
        && e.eventDate().equals(Optional.of(LocalDate.of(2024, 10, 10)))));
    Event clash = r.events().stream().filter(e -> e.fatalities() == 6).findFirst().orElseThrow();
    // "repelled an attempt by government forces to advance": who attempted acts first.
    assertTrue(clash.actor1().map(Actor::name).orElse("").startsWith("Military Forces of Syria"));
    assertTrue(clash.actor2().map(Actor::name).orElse("").contains("National Liberation Front"));
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("conditional") && j.cue().equals("would")));
    assertTrue(r.rejections().stream().anyMatch(j -> j.reason().equals("negated")));
    assertTrue(r.events().stream().noneMatch(e -> e.eventDate().equals(Optional.of(LocalDate.of(2024, 10, 9)))
        && e.evidence().stream().anyMatch(v -> v.text().contains("Rescue workers search"))), "caption");
  }
}
