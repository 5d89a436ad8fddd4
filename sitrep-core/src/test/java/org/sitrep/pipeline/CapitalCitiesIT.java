package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

/**
 * A city named by its office: "the Ugandan capital", "the capital of Manipur state", or "the
 * capital" in a story whose country is known, is the city, at precision 1 ("near" it, 2). Before,
 * such a sentence had no place of its own and was put at the country (precision 3).
 */
class CapitalCitiesIT {
  private static Event only(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    return r.events().get(0);
  }

  private static Place place(Event e) {
    return e.place().orElseThrow(() -> new AssertionError("no place: " + e));
  }

  @Test
  void aCountrysAdjectiveNamesItsCapital() {
    Event e = only("Gunmen shot dead a shopkeeper in the Ugandan capital on Monday, police said.");
    assertEquals("Kampala", place(e).name());
    assertEquals(GeoPrecision.EXACT, e.geoPrecision());
  }

  @Test
  void nearACountrysCapitalIsNearIt() {
    Event e = only("Police fired tear gas at traders protesting near Uganda's capital on Tuesday.");
    assertEquals("Kampala", place(e).name());
    assertEquals(GeoPrecision.NEAR, e.geoPrecision());
  }

  @Test
  void theCapitalOfAProvinceIsItsSeat() {
    Event e = only("Suspected militants shot dead a trader in the capital of Manipur state on"
        + " Wednesday, officials said.");
    assertEquals("Imphal", place(e).name());
  }

  @Test
  void aCapitalNamedAfterOfIsThatTown() {
    Event e = only("Hundreds of people marched in Amhara region (at the regional capital of Bahir"
        + " Dar) on Monday against fuel prices.");
    assertEquals("Bahir Dar", place(e).name());
  }

  @Test
  void theCapitalAloneIsTheStorysCountrys() {
    Event e = only("Ugandan police fired tear gas at hundreds of students marching in the capital"
        + " late on Tuesday to demand lower fees, witnesses said.");
    assertEquals("Kampala", place(e).name());
  }

  @Test
  void theCapitalOfNoKnownCountryIsNoPlace() {
    ExtractionResult r = SharedPipeline.extract("Protesters threw rocks at police in the capital"
        + " late on Tuesday, witnesses said.", "2024-05-08");
    assertTrue(r.events().stream().allMatch(e -> e.place().isEmpty()), () -> "events: "
        + r.events());
  }

  @Test
  void capitalAsMoneyIsNoPlace() {
    Event e = only("Gunmen shot dead a venture capital investor on Monday, Ugandan police said.");
    assertEquals("Uganda", place(e).name());
    assertEquals(GeoPrecision.REGION, e.geoPrecision());
  }
}
