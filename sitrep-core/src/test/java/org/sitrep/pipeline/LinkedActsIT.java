package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: an act that a person or a thing is tied to ("linked to a murder", "in connection
 * with the killing") or that people are held or charged for ("arrested for attacking") is one
 * known from before: no event of the report, its dead are not the dead of the act that is
 * reported, and those who hold the suspects did not do it. Each on a sentence written here.
 */
class LinkedActsIT {
  private static final String DATE = "2024-05-08";

  @Test
  void anActAWeaponIsLinkedToIsNoEventOfTheDay() {
    Event seized = SharedPipeline.only("Police seized a rifle linked to the murder of a trader in"
        + " Meru on Monday.", DATE);
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, seized.subEventType(), seized::toString);
    assertEquals(0, seized.fatalities(), seized::toString);
  }

  @Test
  void theDeadOfAnActSuspectsAreHeldForAreNotTheArrestsDead() {
    Event arrest = SharedPipeline.only("Police arrested two men in connection with the killing"
        + " of a trader in Meru on Monday.", DATE);
    assertEquals(SubEventType.ARRESTS, arrest.subEventType(), arrest::toString);
    assertEquals(0, arrest.fatalities(), arrest::toString);
    assertEquals(2, arrest.captured(), arrest::toString);
  }

  @Test
  void anActPeopleAreArrestedForWasTheirsNotThePolices() {
    Event arrest = SharedPipeline.only("Police in Kitale arrested two men on Friday for attacking"
        + " a rally of the ruling party.", DATE);
    assertEquals(SubEventType.ARRESTS, arrest.subEventType(), arrest::toString);
    assertEquals(2, arrest.captured(), arrest::toString);
    Event charged = SharedPipeline.only("Police in Embu arrested three men on Friday for killing"
        + " a ruling party official.", DATE);
    assertEquals(SubEventType.ARRESTS, charged.subEventType(), charged::toString);
    assertEquals(0, charged.fatalities(), charged::toString);
  }

  @Test
  void aCrowdArrestedForItsProtestStillProtested() {
    // A crowd's act is not set aside as one done before: the arrests broke up the protest.
    var events = SharedPipeline.extract("Police arrested 15 traders in Embu on Friday for"
        + " blocking the main road to protest against new market fees.", DATE).events();
    assertTrue(events.stream().anyMatch(e -> e.subEventType().eventType() == EventType.PROTESTS),
        events::toString);
  }

  @Test
  void anActAllegedOfTheArrestedWasNotThePolices() {
    ExtractionResult r = SharedPipeline.extract("Police in Kitui arrested a man on Sunday after he"
        + " allegedly stabbed his brother to death following a dispute over land.\n\nIn a separate"
        + " incident, a mob in Kitui lynched a suspected thief on Saturday, police said.", DATE);
    Event arrest = r.events().stream().filter(e -> e.captured() > 0).findFirst()
        .orElseThrow(() -> new AssertionError("no arrest: " + r.events()));
    assertEquals(SubEventType.ARRESTS, arrest.subEventType(), arrest::toString);
    assertEquals(0, arrest.fatalities(), arrest::toString);
    assertTrue(r.events().stream().noneMatch(e -> e.subEventType() == SubEventType.ATTACK),
        r.events()::toString);
  }
}
