package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Drones brought down, and acts of one telling that stayed apart: each on a report written here.
 * Each case failed before: the drones shot down were a strike of their own, the damage beside a
 * shooting was the event, and the gunfire that killed a crowd's members was a fight.
 */
class DronesDownAndTollsJoinedIT {
  private static final String PUBLISHED = "2024-05-08";

  private static Event only(String text) {
    List<Event> events = SharedPipeline.extract(text, PUBLISHED).events();
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }

  /** "shot down 31 of 45 drones launched overnight": the parser hangs the drones elsewhere. */
  @Test
  void dronesShotDownAreWeaponsUseDisruptedNotAStrike() {
    Event e = only("Air defence units shot down 31 of 45 drones launched overnight at the Odesa"
        + " region, the governor said on Sunday.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, e.subEventType());
    Event downed = only("Air defence units downed 18 of the 25 drones launched by Russia"
        + " overnight, the air force said.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, downed.subEventType());
  }

  /**
   * "repelled a Russian drone attack": an attack of flying weapons beaten back is their disrupted
   * use, one record, not a strike of its own; an attack of men beaten back stays a fight.
   */
  @Test
  void droneAttacksRepelledAreWeaponsUseDisrupted() {
    Event odesa = only("Air defence units repelled a Russian drone attack on Odesa overnight, the"
        + " governor said.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, odesa.subEventType(), odesa::toString);
    Event many = only("Ukrainian air defences repelled 14 Russian drone attacks on Poltava overnight,"
        + " the military said.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, many.subEventType(), many::toString);
    Event thwarted = only("The army thwarted a missile attack on its base near Bourem on Monday.");
    assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, thwarted.subEventType(), thwarted::toString);
    Event men = only("Soldiers repelled a militant attack on an army post near Tessalit on Monday.");
    assertEquals(SubEventType.ARMED_CLASH, men.subEventType(), men::toString);
  }

  /** "torched houses and shot/NN at people": the shooting, tagged a noun, names the event. */
  @Test
  void housesTorchedBesideAShootingArePartOfTheAttack() {
    Event e = only("Residents of Croix-des-Bouquets fled on Tuesday as gang members torched houses"
        + " and shot at people in the streets. At least six people were killed, a rights group"
        + " said.");
    assertEquals(SubEventType.ATTACK, e.subEventType());
    assertEquals(6, e.fatalities());
  }

  /** Gunfire that killed members of a crowd is how they died, the riot's toll, no fight. */
  @Test
  void theCrowdKilledByGunfireIsTheRiotsToll() {
    Event e = only("Protesters burned car tyres and clashed with police in Toamasina on Friday"
        + " over a rise in bus fares. Police fired tear gas. Three protesters were killed by"
        + " gunfire, a doctor said.");
    assertEquals(SubEventType.VIOLENT_DEMONSTRATION, e.subEventType());
    assertEquals(3, e.fatalities());
  }

  /** A camp set up by those who protest is where they protest, no base of an armed group. */
  @Test
  void aCampOfProtestersIsPartOfTheirProtest() {
    Event e = only("Farmers set up a protest camp and protested outside the regional"
        + " administration in Plovdiv on Monday, demanding higher grain prices. Police later"
        + " dispersed the farmers.");
    assertTrue(e.subEventType().eventType() == org.sitrep.model.EventType.PROTESTS,
        () -> "event: " + e);
  }
}
