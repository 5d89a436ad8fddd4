/*
 * Sitrep - reads conflict news and writes event data.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * Who the people of an act are when the words around their noun say it: the group men come from
 * or belong to, and the civilians a described person is. Short reports written here.
 */
class MenOfAGroupIT {
  private static Event only(String text) {
    List<Event> events = SharedPipeline.extract(text, "2026-03-05").events();
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }

  private static String actor1(Event e) {
    return e.actor1().map(Actor::name).orElse("<none>");
  }

  private static String actor2(Event e) {
    return e.actor2().map(Actor::name).orElse("<none>");
  }

  @Test
  void menFromAMilitiaANameQualifiesAreThatMilitias() {
    assertEquals("Anti-Balaka", actor1(only("Armed men from an anti-Balaka militia attacked a camp"
        + " for displaced people near Bossangoa on Tuesday, killing eight people.")));
    // A militia no name qualifies, or a village, names no party: the men stay unidentified.
    for (String text : List.of(
        "Armed men from a local militia attacked a camp near Bossangoa on Tuesday, killing eight"
            + " people.",
        "Armed men from the village attacked a camp near Bossangoa on Tuesday, killing eight"
            + " people.")) {
      assertEquals("Unidentified Armed Group (Central African Republic)", actor1(only(text)),
          text);
    }
  }

  @Test
  void gunmenBelievedToBelongToACartelAreThatCartels() {
    // The parser read "believed" as the gunmen's own verb and made it the killing's subject;
    // NER read the cartel's name as a place.
    assertEquals("Juarez Cartel", actor1(only("Gunmen believed to belong to the Juarez Cartel"
        + " killed two municipal police officers in Fresnillo on Sunday, authorities said.")));
    assertEquals("Gulf Cartel", actor1(only("Gunmen belonging to the Gulf Cartel killed two"
        + " municipal police officers in Fresnillo on Sunday, authorities said.")));
  }

  @Test
  void aPersonDescribedBeforeTheNounIsACivilian() {
    for (String victim : List.of("a 70-year-old man", "a local woman", "an elderly pregnant woman",
        "a mother of three")) {
      Event e = only("Russian forces shelled Nikopol overnight, killing " + victim
          + " and injuring two others, the regional governor said.");
      assertEquals("Civilians (Ukraine)", actor2(e), victim);
    }
  }
}
