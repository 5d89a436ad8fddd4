package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/**
 * Countries a report names beside the event without placing it there (a party, the source's
 * nationality), provinces by the short names news gives them, and a plural noun the tagger read
 * as a verb, on short reports written here.
 */
class CountriesInPassingIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2024-05-08");
  }

  private static Place place(Event e) {
    return e.place().orElseThrow(() -> new AssertionError("no place: " + e));
  }

  private static String actor2(Event e) {
    return e.actor2().map(Actor::name).orElse("none");
  }

  /** A country after "with", "against" or "from" is a party to the act, not its frame. */
  @Test
  void aCountryNamedAsAPartyDoesNotFrameTheTown() {
    Event e = only("On Monday, hundreds of students protested in Gomel against closer "
        + "integration with Russia.");
    assertEquals("BLR", place(e).iso3());
    assertEquals(GeoPrecision.EXACT, e.geoPrecision());
    assertEquals("Protesters (Belarus)", e.actor1().map(Actor::name).orElse("none"));
  }

  /** "against France in Niamey": the country lies in no town, so the town is not its frame. */
  @Test
  void aTownAfterACountryIsWhereTheActWasNotTheCountrysFrame() {
    Event e = only("On Monday, thousands of people rallied against France in Niamey.");
    assertEquals("Niamey", place(e).name());
    assertEquals(GeoPrecision.EXACT, e.geoPrecision());
  }

  /**
   * ACLED names civilians by the country they were attacked in: a capital named as the place
   * gives them its country, however often the report names the country of the officials quoted.
   */
  @Test
  void civiliansKilledInACapitalAreThatCountrysThoughTheSourceIsForeign() {
    Event e = only("An airstrike killed five civilians in Damascus on Monday, US officials said. "
        + "The US State Department condemned the strike, and a US envoy called for restraint.");
    assertEquals("SYR", place(e).iso3());
    assertEquals("Civilians (Syria)", actor2(e));
  }

  /**
   * "J&K", "Jammu & Kashmir": the province's short names frame its districts; and fire across the
   * line on India's side is, as ACLED lists it, India's forces' and Pakistan's.
   */
  @Test
  void aProvinceByItsShortNameFramesItsDistrict() {
    Event e = only("On Monday, military forces of India and Pakistan exchanged fire across the "
        + "LoC in the Zzyzzal sector (Kishtwar district, J&K).");
    assertEquals("Jammu and Kashmir", place(e).admin1());
    assertTrue(e.actor1().map(Actor::name).orElse("none").startsWith("Military Forces of India"),
        e.toString());
    assertTrue(actor2(e).startsWith("Military Forces of Pakistan"), e.toString());
    Event other = only("On Monday, militants attacked a police post in Sopore, Jammu & Kashmir, "
        + "wounding two officers.");
    assertEquals("Jammu and Kashmir", place(other).admin1());
  }

  /**
   * "Lyon district, Kunar" names a division of Kunar the gazetteer does not know, not the city
   * abroad: a phrase that says it is a division is held by its frame.
   */
  @Test
  void aDivisionNamedLikeACityAbroadStaysInItsFrame() {
    Event e = only("On Monday, a roadside bomb wounded two soldiers in Lyon district, Kunar.");
    assertEquals("AFG", place(e).iso3());
    assertEquals("Kunar", place(e).admin1());
    Event v = only("On Monday, gunmen killed two miners in Zzyzzal, Lima municipality, Zulia "
        + "state.");
    assertEquals("VEN", place(v).iso3());
  }

  /** The tagger's "airstrikes/VBZ targeted": two finite verbs do not stand together. */
  @Test
  void aPluralOpeningAClauseBeforeItsVerbIsTheActNotAHabit() {
    Event e = only("On Monday, airstrikes targeted a village near Kaduna, killing four "
        + "civilians.");
    assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
    assertEquals(4, e.fatalities());
  }

  /** "Across the border in Uganda, a mob in Qqq": the sentence names the act's country. */
  @Test
  void aCrowdAcrossTheBorderIsOfTheCountryTheSentenceNames() {
    Event mob = only("LODWAR, Kenya - Elders from two communities met at Kakuma, in Turkana"
        + " County, on Saturday. Across the border in Uganda, a mob in Kotido town on Sunday beat"
        + " to death two men suspected of stealing cattle.");
    assertEquals("UGA", place(mob).iso3(), mob::toString);
    assertEquals("Rioters (Uganda)", mob.actor1().map(Actor::name).orElse(""), mob::toString);
  }

  /**
   * A town of 100,000 abroad that shares its name with a township of the story's country the
   * gazetteer lacks is a namesake: it neither places the event nor gives its actors a country.
   * Named with its country, it stands.
   */
  @Test
  void aTownAbroadThatNothingVouchesForIsANamesake() {
    Event strike = only("A military air strike on a monastery in Sagaing Region's Kani Township"
        + " killed nine civilians on Tuesday, residents said.");
    assertEquals("MMR", place(strike).iso3(), strike::toString);
    assertTrue(strike.actor1().map(a -> a.name().contains("Myanmar")).orElse(false),
        strike::toString);
    Event japan = only("Two men attacked a rally of a political party with knives in Kani, Gifu"
        + " prefecture, Japan, on Tuesday.");
    assertEquals("JPN", place(japan).iso3(), japan::toString);
  }

  @Test
  void aHeadlinesPartOfACountryNamesTheStorysCountry() {
    // "North-West Cameroon": no place of that name, but Cameroon, whose North-West region the
    // body names; not South Africa's North-West province.
    Event e = only("Separatists burn school in North-West Cameroon\n\nArmed separatists set fire"
        + " to a primary school in Qqq, Northwest region, on Monday night, local officials said.");
    assertEquals("CMR", place(e).iso3());
    assertEquals("North-West", place(e).admin1());
    assertEquals("Ambazonian Separatists", e.actor1().map(Actor::name).orElse("none"));
  }
}
