package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: a shelling, a missile or a bomb from the air, told with the town it struck and the
 * people it harmed: the town is where it fell, though NER may not know the name, and the people
 * a count names as no party are the civilians it struck, by ACLED's convention. Each on a report
 * written here.
 */
class StrikesFromAfarIT {
  private static final String DATE = "2024-06-05";

  @Test
  void whatADroneCarriedToItsTargetIsADroneStrike() {
    // The explosives named the attack a planted bomb, or the drones went unread as a weapon.
    for (String text : List.of(
        "Rebels attacked a military base with drone-dropped explosives in Tumaco on Friday,"
            + " killing two soldiers.",
        "Rebels attacked a military base with explosive-laden drones in Tumaco on Friday,"
            + " killing two soldiers.")) {
      Event e = SharedPipeline.only(text, DATE);
      assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType(), text);
    }
    Event planted = SharedPipeline.only("Rebels attacked a military base with explosives in"
        + " Tumaco on Friday, killing two soldiers.", DATE);
    assertEquals(SubEventType.REMOTE_EXPLOSIVE, planted.subEventType());
  }

  @Test
  void aTownStruckWithMunitionsIsWhereTheyFell() {
    // "struck" with what only the "with" phrase names: the name was no place, and the bombs an
    // act of no one.
    for (String text : List.of(
        "Russian forces struck Sumy with two missiles on Tuesday, killing four civilians.",
        "Russian forces struck Kupiansk with guided bombs on Tuesday, killing a farmer.")) {
      Event e = SharedPipeline.only(text, DATE);
      assertEquals("UKR", e.place().orElseThrow(() -> new AssertionError(text)).iso3(), text);
      assertTrue(e.actor1().orElseThrow().name().startsWith("Military Forces of Russia"), text);
    }
  }

  @Test
  void thePeopleAStrikeHarmedAreItsCiviliansWhenOnlyTheTownWasNamedAsStruck() {
    for (String text : List.of(
        "Russian troops shelled Sumy on Tuesday, killing a farmer.",
        "Russian forces struck Sumy with two missiles on Tuesday, killing four civilians.")) {
      Event e = SharedPipeline.only(text, DATE);
      assertEquals("Civilians (Ukraine)", e.actor2().orElseThrow(
          () -> new AssertionError("no second side: " + e)).name(), text);
    }
    // Those a strike killed who are named as a party stay that party.
    Event fighters = SharedPipeline.only("Russian troops shelled Sumy on Tuesday, killing two"
        + " Ukrainian servicemen.", DATE);
    assertTrue(fighters.actor2().map(a -> !a.name().startsWith("Civilians")).orElse(true),
        fighters::toString);
  }
}
