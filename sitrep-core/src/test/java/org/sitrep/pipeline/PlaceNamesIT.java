package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/** Place names of more than one word, read whole, on short reports written here. */
class PlaceNamesIT {
  private static Event only(String text) {
    ExtractionResult r = SharedPipeline.extract(text, "2024-05-08");
    assertEquals(1, r.events().size(), () -> "events: " + r.events());
    return r.events().get(0);
  }

  private static Place place(String text) {
    Event e = only(text);
    return e.place().orElseThrow(() -> new AssertionError("no place: " + e));
  }

  /**
   * NER tags the words either side of "do", "da", "de" and tags the particle "O"; the name is the
   * whole run, not its first word ("Barra", a town elsewhere in the country).
   */
  @Test
  void aNameWithARomanceParticleIsReadWhole() {
    assertEquals("Barra do Corda",
        place("On Monday, gunmen killed a farmer in Barra do Corda, Maranhao.").name());
    assertEquals("Santa Rita do Sapucai",
        place("On Monday, gunmen killed a councillor in Santa Rita do Sapucai, Minas Gerais.")
            .name());
    assertEquals("Conceicao do Araguaia", place("On Monday, gunmen killed a farmer in Conceicao do "
        + "Araguaia, Para.").name());
  }

  /** The first word of such a name alone is a namesake abroad, in another sentence's event. */
  @Test
  void thePartBeforeTheParticleIsNotANamesakeAbroad() {
    Place p = place("Police officers went to Morro do Alemao on Monday to arrest a gang leader. "
        + "Two suspects died in the exchange of fire that followed, police in Rio de Janeiro said.");
    assertEquals("BRA", p.iso3());
  }

  /**
   * GeoNames names some provinces with their kind ("Los Rios Region"); news writes "Los Rios",
   * which is also a province of another country, and the town in it decides which.
   */
  @Test
  void aProvinceNamedWithoutItsKindFramesItsTown() {
    Place p = place("On Monday, in Panguipulli (Los Rios), truck drivers blocked a highway to "
        + "protest against fuel prices.");
    assertEquals("Panguipulli", p.name());
    assertEquals("CHL", p.iso3());
    assertEquals("Rio Bueno", place("On Monday, in Rio Bueno, Los Rios, unidentified men set fire "
        + "to three logging trucks.").name());
  }

  /** Arabic names join their parts with "wa" ("and") and the article in its many spellings. */
  @Test
  void anArabicNameWithAndIsReadWhole() {
    Place p = place("On Monday, Taliban militants attacked a police checkpoint in Kuran wa Munjan "
        + "district, killing two policemen.");
    assertEquals("AFG", p.iso3());
    assertEquals("Badakhshan", p.admin1());
  }

  /**
   * "Nord-Ouest" is a province of Haiti and of Cameroon; when the village and the division are
   * unknown, the subdivision named after its town says which ("Kumbo", Cameroon).
   */
  @Test
  void aTownFurtherInSaysWhichProvinceOfThatNameFramesIt() {
    Place p = place("On Monday, soldiers burnt houses in Tobin village, Kumbo subdivision (Bui, "
        + "Nord-Ouest).");
    assertEquals("CMR", p.iso3());
    assertEquals("Kumbo", p.name());
  }

  /**
   * GeoNames names Burkina Faso's provinces in French ("Province du Namentenga"); news writes
   * the bare name, which is then the province that frames an unknown village.
   */
  @Test
  void aProvinceGeoNamesNamesInFrenchFramesItsVillage() {
    Place p = place("On Monday, suspected militants killed four civilians in Zimtenga (Boala, "
        + "Namentenga).");
    assertEquals("BFA", p.iso3());
    assertEquals("Centre-Nord", p.admin1());
  }

  /**
   * "The Eldoret roundabout" names a town by a site in it, as "the Kitui road" does; a site that
   * is what the act was aimed at puts the act in its town (the town of people, "Kabul
   * residents", does not).
   */
  @Test
  void theTownOfASiteAimedAtIsWhereTheActWas() {
    Place p = place("On Monday, taxi drivers blocked the Eldoret roundabout to protest against "
        + "fuel prices.");
    assertEquals("KEN", p.iso3());
    assertEquals("Eldoret", p.name());
  }

  /**
   * The province read as the town's frame ("Nord-Ouest" that holds Kumbo) is the story's country;
   * read again on its own it voted for its namesake abroad, and the crowd was Haiti's.
   */
  @Test
  void aFrameReadWithItsTownGivesTheCrowdItsCountry() {
    Event e = only("On 1 May, taxi bike riders demonstrated in Kumbo town (Bui, Nord-Ouest) "
        + "against the curfew.");
    assertEquals("CMR", e.place().map(Place::iso3).orElse(""));
    assertEquals("Protesters (Cameroon)", e.actor1().map(Actor::name).orElse(""));
  }

  /**
   * A country named in passing ("imports from Russia") may lead the story's count of countries,
   * but its name places nothing: the crowd is of the country its town is in.
   */
  @Test
  void aCountryNamedInPassingIsNotTheCrowdsCountry() {
    Event e = only("On Monday, farmers protested in Kutaisi against imports of cheap wheat from "
        + "Russia.");
    assertEquals("GEO", e.place().map(Place::iso3).orElse(""));
    assertEquals("Protesters (Georgia)", e.actor1().map(Actor::name).orElse(""));
    assertEquals("Protesters (Kyrgyzstan)", only("On Monday, hundreds of traders blocked roads in "
        + "Osh against a new tax on goods from China.").actor1().map(Actor::name).orElse(""));
  }

  /**
   * A capital named by its own name is that capital, though the story names the US most and a
   * town of the US bears the name ("Warsaw", Indiana); a frame ("Warsaw, Indiana") still says
   * otherwise.
   */
  @Test
  void aCapitalIsNotASmallNamesakeInTheStorysCountry() {
    Event e = only("Farmers blocked roads in Warsaw on Sunday to protest against cheap grain "
        + "imports. The United States said it would not interfere, and US diplomats met farm "
        + "leaders at the United States embassy.");
    assertEquals("POL", e.place().map(Place::iso3).orElse(""));
    assertEquals("Protesters (Poland)", e.actor1().map(Actor::name).orElse(""));
    assertEquals("USA", place("Farmers blocked roads in Warsaw, Indiana, on Sunday to protest "
        + "against cheap grain imports.").iso3());
  }

  /** Brazil's Federal District is "Distrito Federal" in its own news, as Venezuela's was. */
  @Test
  void brazilsFederalDistrictByItsPortugueseName() {
    Place p = place("On Monday, two men were shot dead by gunmen in Planaltina, Distrito Federal.");
    assertEquals("BRA", p.iso3());
    assertEquals("Planaltina", p.name());
  }

  /** South Asian news places a town in its district with "of": the district frames the town. */
  @Test
  void aTownOfADistrictIsThatDistrictsTown() {
    Place p = place("Police fired tear gas at protesters in Kandi town of Murshidabad district on"
        + " Monday.");
    assertEquals("Kandi", p.name());
    assertEquals("IND", p.iso3());
    Event e = only("Protesters set fire to a bus in Kandi town of Murshidabad district on Monday.");
    assertEquals("Rioters (India)", e.actor1().orElseThrow().name());
  }

  /** "the X district of a city" is a part of that city, not a namesake of X abroad. */
  @Test
  void aDistrictOfACityIsInThatCity() {
    Place p = place("Soldiers exchanged fire with gunmen in the San Miguel district of Mazatlan on"
        + " Friday, leaving four suspects dead.");
    assertEquals("MEX", p.iso3());
    assertEquals("Sinaloa", p.admin1());
    // The city, not the province around it that bears its name.
    Place quarter = place("About 20 nurses protested in the Qqqivskyi district of Kyiv on Monday"
        + " over unpaid wages.");
    assertEquals("Kyiv", quarter.name());
    assertEquals("PPLC", quarter.featureCode());
  }

  /**
   * "the Line of Control" is one name, which NER cuts to "Control" (a village in Mexico); a place
   * of no one country names no story's country.
   */
  @Test
  void aNameWithOfIsReadWholeAndALineNamesNoCountry() {
    Event e = only("Shells fired from across the Line of Control killed two villagers near Kotli"
        + " on Monday, officials said.");
    assertEquals("PAK", e.place().orElseThrow().iso3());
    assertEquals("Civilians (Pakistan)", e.actor2().orElseThrow().name());
  }

  /**
   * A monitor's heading "Magway Region:" names the division, though NER knows no place there and
   * the word of the division is capitalised.
   */
  @Test
  void aDivisionHeadingWithItsKindCapitalisedIsAPlace() {
    Place p = place("Magway Region: On 6 May, junta troops torched more than 40 houses in a"
        + " village, residents said.");
    assertEquals("MMR", p.iso3());
    assertEquals("Magway", p.admin1());
  }
}
