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
 * protested; an act in a relative clause of a protest's sentence is its cause, unless dated there.
 * Each on a report written here.
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
        + " demanded the release of the activists police held during last month's protests.");
    assertEquals(SubEventType.PEACEFUL_PROTEST, gathering.subEventType());
    assertEquals(SubEventType.PEACEFUL_PROTEST, only("Dozens of women gathered outside the police"
        + " station in Nyeri on Monday, chanting slogans and demanding justice for a murdered"
        + " girl.").subEventType());
  }

  @Test
  void anActInARelativeClauseOfAProtestIsItsCauseUnlessDatedThere() {
    for (String text : List.of(
        "Villagers held a protest in Kitui on Monday to demand justice for a youth who was killed"
            + " by unknown men.",
        "Students marched in Moyale on Monday to demand the arrest of the men who attacked their"
            + " teacher.")) {
      assertEquals(SubEventType.PEACEFUL_PROTEST, only(text).subEventType(), text);
    }
    List<Event> vigilAndKilling = SharedPipeline.extract("Villagers held a vigil in Moyale on"
        + " Monday for a farmer who was killed by bandits near the town on Sunday.", "2024-05-08")
        .events();
    assertEquals(2, vigilAndKilling.size(), vigilAndKilling::toString);
    Event killing = vigilAndKilling.stream().filter(e -> e.subEventType() == SubEventType.ATTACK)
        .findFirst().orElseThrow();
    assertEquals(1, killing.fatalities());
    // A protest told in a relative clause is the protest itself, not its cause.
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, only("Police dispersed residents who"
        + " were protesting over the sharing of relief food in Kitui on Monday.").subEventType());
  }

  @Test
  void aParticipleThatDescribesTheTargetIsNotTheActsVerb() {
    // The tagger reads "sheltering" as a noun; left so, the families became the killers.
    Event e = only("An Israeli air strike on a school sheltering displaced families in Deir"
        + " al-Balah killed at least 18 people on Thursday, medics said.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals("ISR", e.actor1().orElseThrow().iso3());
    assertEquals(18, e.fatalities());
  }

  @Test
  void doersDescribedByAParticipleStillDoTheAct() {
    // The parser made the participle ("dressed", "deployed", "sent") the head, and the act's
    // verb lost its subject.
    Event bus = only("Gunmen dressed in police uniforms opened fire on a minibus near Kitui on"
        + " Monday, wounding four passengers.");
    assertEquals(SubEventType.ATTACK, bus.subEventType());
    assertEquals(3, bus.actor1().orElseThrow().inter());
    for (String text : List.of(
        "Soldiers deployed to the district later exchanged fire with kidnappers near Kitale on"
            + " Monday.",
        "Troops sent to the area clashed with rebels near Kitgum on Monday.")) {
      Event clash = only(text);
      assertEquals(SubEventType.ARMED_CLASH, clash.subEventType(), text);
      assertEquals(1, clash.actor1().orElseThrow().inter(), text);
      assertEquals(3, clash.actor2().orElseThrow().inter(), text);
    }
    Event gas = only("Police officers deployed at the bus park fired tear gas at striking drivers"
        + " in Gulu on Monday.");
    assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, gas.subEventType());
    assertTrue(gas.actor2().orElseThrow().name().startsWith("Police Forces"), gas.toString());
  }

  @Test
  void whoPlantedTheBombIsTheMaker() {
    // "A bomb planted by X hit": the munition is the act, and its participle names the maker.
    Event bomb = only("A bomb planted by ADF fighters hit an army truck near Mutwanga on Monday,"
        + " killing two soldiers.");
    assertTrue(bomb.actor1().orElseThrow().name().startsWith("ADF"), bomb.toString());
    assertEquals(1, bomb.actor2().orElseThrow().inter(), bomb.toString());
    Event mine = only("A landmine planted by ADF killed two policemen near Mangina on Monday.");
    assertTrue(mine.actor1().orElseThrow().name().startsWith("ADF"), mine.toString());
  }
}
