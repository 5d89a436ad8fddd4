package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: the verb that governs an act's noun says who stands where. Police who watch or escort
 * a march do not meet it; who claims an attack made it, unless no one did; people whose release
 * is demanded were taken before the story; a crowd that gathered and demanded something
 * protested. Each on a report written here.
 */
class VerbsAroundAnActIT {
  private static Event only(String text) {
    List<Event> events = SharedPipeline.extract(text, "2024-05-08").events();
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }

  @Test
  void policeWhoWatchOrEscortAMarchDoNotMeetIt() {
    for (String text : List.of(
        "Teachers marched peacefully through Hoima on Monday to demand higher pay. Police"
            + " escorted the march and no arrests were made.",
        "Teachers marched peacefully through Hoima on Monday to demand higher pay. Police watched"
            + " the march from a distance.")) {
      Event march = only(text);
      assertEquals(SubEventType.PEACEFUL_PROTEST, march.subEventType(), text);
      assertTrue(march.actor2().isEmpty(), text);
    }
  }

  @Test
  void whoClaimsAnAttackMadeItUnlessNoOneDid() {
    String bomb = "A car bomb exploded outside a hotel in Kitui on Saturday, killing at least 12"
        + " people, police said. ";
    assertEquals("Al Shabaab", only(bomb + "Al-Shabaab claimed the attack.").actor1()
        .orElseThrow().name());
    for (String none : List.of("No group claimed the attack.", "No one has claimed the bombing.",
        "Nobody claimed the attack.")) {
      assertEquals(3, only(bomb + none).actor1().orElseThrow().inter(), none);
    }
  }

  @Test
  void aCrowdThatGatheredAndDemandedTheReleaseOfDetaineesProtested() {
    Event gathering = only("Hundreds of traders gathered outside the market in Meru on Monday and"
        + " demanded the release of activists who had been detained during earlier protests.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, gathering.subEventType());
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Dozens of women gathered outside the police"
        + " station in Nyeri on Monday, chanting slogans and demanding justice for a murdered"
        + " girl.").subEventType());
  }
}
