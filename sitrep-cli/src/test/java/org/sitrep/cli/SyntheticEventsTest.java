package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ContentHash;

class SyntheticEventsTest {
  @Test
  void the_same_article_is_made_on_every_call() {
    assertEquals(SyntheticEvents.report(17, 1000), SyntheticEvents.report(17, 1000));
    assertEquals(ContentHash.of(SyntheticEvents.report(3, 100).article()),
        ContentHash.of(SyntheticEvents.report(3, 100).article()));
  }

  @Test
  void n_events_in_articles_of_four_the_last_one_shorter() {
    int total = 102;
    assertEquals(26, SyntheticEvents.articles(total));
    List<Event> all = events(total);
    assertEquals(total, all.size());
    assertEquals(2, SyntheticEvents.report(25, total).events().size());
  }

  @Test
  void every_sub_event_type_occurs_and_texts_differ() {
    List<Event> all = events(400);
    Set<SubEventType> types = EnumSet.noneOf(SubEventType.class);
    all.forEach(e -> types.add(e.subEventType()));
    assertEquals(EnumSet.allOf(SubEventType.class), types);
    Set<ContentHash> hashes = new HashSet<>();
    for (int k = 0; k < SyntheticEvents.articles(400); k++) {
      hashes.add(ContentHash.of(SyntheticEvents.report(k, 400).article()));
    }
    assertEquals(100, hashes.size());
  }

  @Test
  void spread_over_countries_and_dates_with_evidence_inside_the_text() {
    List<Event> all = events(2000);
    Set<String> countries = new HashSet<>();
    Set<String> actors = new HashSet<>();
    for (Event e : all) {
      countries.add(e.place().orElseThrow().iso3());
      e.actor1().ifPresent(a -> actors.add(a.name()));
      e.actor2().ifPresent(a -> actors.add(a.name()));
      assertTrue(!e.eventDate().orElseThrow().isBefore(SyntheticEvents.FIRST_DAY));
      assertTrue(e.eventDate().orElseThrow()
          .isBefore(SyntheticEvents.FIRST_DAY.plusDays(SyntheticEvents.DAYS)));
    }
    assertEquals(SyntheticEvents.COUNTRIES.size(), countries.size());
    assertTrue(actors.size() >= 150, actors.size() + " actors");
    assertTrue(SyntheticEvents.actorNames().size() >= 200);

    SyntheticEvents.Report report = SyntheticEvents.report(5, 2000);
    for (Event e : report.events()) {
      for (Evidence ev : e.evidence()) {
        assertEquals(ev.text(), report.article().text().substring(ev.start(), ev.end()));
      }
    }
  }

  @Test
  void every_query_kind_limits_to_a_page_of_a_hundred() {
    Set<String> filters = new HashSet<>();
    for (int i = 0; i < QueryMix.KINDS * 3; i++) {
      String request = QueryMix.request(i);
      assertTrue(request.startsWith("/api/events?") && request.endsWith("&limit=100"), request);
      assertEquals(request, QueryMix.request(i));
      for (String pair : request.substring(request.indexOf('?') + 1).split("&")) {
        filters.add(pair.substring(0, pair.indexOf('=')));
      }
    }
    assertEquals(Set.of("from", "to", "bbox", "country", "sub_event_type", "actor", "q", "limit"),
        filters);
  }

  private static List<Event> events(int total) {
    List<Event> all = new ArrayList<>();
    for (int k = 0; k < SyntheticEvents.articles(total); k++) {
      all.addAll(SyntheticEvents.report(k, total).events());
    }
    return all;
  }
}
