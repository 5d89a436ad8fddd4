package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.sitrep.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Issue #7: places a report names beside the scene are not the scene: the town it was filed
 * from, where the hurt were taken, a city abroad that shares a village's name. Each on a report
 * written here.
 */
class PlacesBesideTheSceneIT {
  private static final String PUBLISHED = "2025-06-10";

  private static Event only(String text) {
    return SharedPipeline.only(text, PUBLISHED);
  }

  private static String place(Event e) {
    return e.place().orElseThrow().name();
  }

  @Test
  void theRegionTheLeadNamesBeatsTheDatelineTownTheHeadlineFellBackOn() {
    // The headline names no place the gazetteer finds, so it stands at the dateline's town; the
    // lead's own township is where the strikes were.
    Event e = only("Junta air strikes on Sagaing villages kill 14\n\nYANGON, June 10 - Myanmar"
        + " military jets bombed two villages in Sagaing region's Kani township on Sunday,"
        + " killing at least 14 civilians.");
    assertEquals("Kani", place(e));
    assertEquals("Sagaing", e.place().orElseThrow().admin1());
  }

  @Test
  void aRegionThatIsNoProvinceDoesNotHoldTheDatelineTown() {
    // A province holds the towns the gazetteer files under it; a region of another kind does not
    // say which towns it holds, and the town the report was filed from is not one by its country.
    Event e = only("Drone strike near Lotiriri\n\nERBIL, June 10 - A drone struck a farm near the"
        + " village of Lotiriri in the Nineveh Plains on Sunday, killing two shepherds.");
    assertEquals("Nineveh Plains", place(e));
  }

  @Test
  void whereTheHurtWereTakenIsNotWhereTheyWereHurt() {
    Event strike = only("A drone strike hit a house in the village of Lotiriri on Monday, killing"
        + " one man and wounding four, who were taken to a hospital in Lodwar.");
    assertNotEquals(java.util.Optional.of("Lodwar"), strike.place().map(p -> p.name()));
    // Told in a sentence of its own, the wounded of a fight are still the fight's.
    Event fight = only("Three militants were killed in a gunfight with soldiers in Kitgum on"
        + " Sunday. Two soldiers were injured in the exchange of fire and evacuated to a hospital"
        + " in Gulu.");
    assertEquals("Kitgum", place(fight));
    assertEquals(2, fight.injured());
  }

  @Test
  void aVillageIsNoCityAbroadThatSharesItsName() {
    Event e = only("Soldiers burn village\n\nMANDALAY, Myanmar - Soldiers torched dozens of houses"
        + " in the village of Kingston on Monday, residents said.");
    assertEquals("MMR", e.place().orElseThrow().iso3());
  }

  @Test
  void aTownThatSaysWhereAnotherIsIsNotTheSceneALaterActBorrows() {
    // "Saguiaran town (Marawi City, Lanao del Sur)": Marawi City, named last, only says where
    // Saguiaran is; the bomb of the next day, whose sentence names no place, was at Saguiaran.
    java.util.List<Event> events = SharedPipeline.extract("On 2 March 2026, Dawlah Islamiyah"
        + " militants attacked an army detachment at Saguiaran town (Marawi City, Lanao del Sur)."
        + " The next day, a roadside bomb wounded two soldiers on patrol.", "2026-03-05").events();
    assertEquals(2, events.size(), events::toString);
    events.forEach(e -> assertEquals("Saguiaran", place(e), e::toString));
  }

  @Test
  void whereAWitnessFledToIsNotTheScene() {
    Event e = only("Armed raiders attacked a village near Kotido on Sunday night, burning 30 houses"
        + " and killing two herders, residents said. \"They came at night, shouting, and started"
        + " setting fire to the houses,\" said a resident who fled to Moroto.");
    assertEquals("Kotido", place(e));
  }
}
