package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** The resolver on the bundled gazetteer, with the names of short stories written here. */
class ToponymResolverTest {
  private static ToponymResolver resolver;

  @BeforeAll
  static void loadOnce() {
    resolver = new ToponymResolver(new PlaceRanker(BundledGazetteer.INSTANCE));
  }

  private static Place place(List<ResolvedToponym> resolved, String name) {
    return resolved.stream().filter(r -> r.name().equals(name)).findFirst()
        .flatMap(ResolvedToponym::place)
        .orElseThrow(() -> new AssertionError("no place for " + name));
  }

  @Test
  void tripoliBesideBenghaziIsInLibya() {
    // "Fighting spread from Benghazi to Tripoli overnight."
    assertEquals("LBY", place(resolver.resolve(List.of("Benghazi", "Tripoli")), "Tripoli").iso3());
  }

  @Test
  void tripoliBesideBeirutIsInLebanon() {
    // "The convoy left Beirut for Tripoli, where Zgharta's mayor met it."
    List<ResolvedToponym> r = resolver.resolve(List.of("Beirut", "Tripoli", "Beirut"));
    assertEquals("LBN", place(r, "Tripoli").iso3());
  }

  @Test
  void parisInAStoryOfTexasCitiesIsParisTexas() {
    // "Storms that flooded Dallas and Houston reached Paris on Monday, Texas officials said."
    List<ResolvedToponym> r = resolver.resolve(List.of("Dallas", "Houston", "Paris", "Texas"));
    Place paris = place(r, "Paris");
    assertEquals("USA", paris.iso3());
    assertEquals("Texas", paris.admin1());
    ScoredPlace chosen = r.get(2).chosen().orElseThrow();
    assertTrue(chosen.reasons().stream().anyMatch(s -> s.contains("story's country")),
        chosen.reasons().toString());
  }

  @Test
  void parisAloneIsTheFrenchCapital() {
    assertEquals("FRA", place(resolver.resolve(List.of("Paris")), "Paris").iso3());
  }

  @Test
  void aWorldCapitalNamedInAnotherCountrysStoryKeepsItsSense() {
    // "Chicago traders watched London and Boston markets." The country's pull is soft.
    List<ResolvedToponym> r = resolver.resolve(List.of("Chicago", "Boston", "London"));
    assertEquals("GBR", place(r, "London").iso3());
  }

  @Test
  void readsCountryAdjectivesAndContinents() {
    List<ResolvedToponym> r = resolver.resolve(List.of("Libyan", "European", "Africa"));
    assertEquals("Libya", place(r, "Libyan").name());
    assertEquals("CONT", place(r, "European").featureCode());
    assertEquals("Europe", place(r, "European").name());
    assertEquals("Africa", place(r, "Africa").name());
  }

  @Test
  void aCountrysAdjectiveOutranksTheTownNamedLikeIt() {
    // "Canadian troops landed at Halifax." Canadian, Texas is a town; the adjective means Canada.
    assertEquals("CAN", place(resolver.resolve(List.of("Canadian", "Halifax")), "Canadian").iso3());
  }

  @Test
  void anAcronymNamesNoTown() {
    // "The WTO and the UK met." A town called Wto or Uk is not what capitals spell.
    List<ResolvedToponym> r = resolver.resolve(List.of("UK", "U.S.", "QQ"));
    assertEquals("GBR", place(r, "UK").iso3());
    assertEquals("USA", place(r, "U.S.").iso3());
    r.get(2).place().ifPresent(p -> assertTrue(p.isArea(), p.toString()));
  }

  @Test
  void keepsTheTopThreeReadingsWithReasonsAndLeavesUnknownNamesUnresolved() {
    List<ResolvedToponym> r = resolver.resolve(List.of("Springfield", "Qwxzvb"));
    assertEquals(3, r.get(0).top().size());
    assertFalse(r.get(0).top().get(0).reasons().isEmpty());
    assertEquals(Optional.empty(), r.get(1).place());
    assertTrue(r.get(1).top().isEmpty());
  }

  @Test
  void oneNameKeepsOneReadingThroughADocument() {
    List<ResolvedToponym> r = resolver.resolve(List.of("Tripoli", "Beirut", "Tripoli"));
    assertEquals(r.get(0).place(), r.get(2).place());
  }

  @Test
  void tellsWellKnownPlacesFromObscureOnes() {
    assertTrue(resolver.namesWellKnownPlace("Texas"));
    assertTrue(resolver.namesWellKnownPlace("British"));
    assertTrue(resolver.namesWellKnownPlace("Europe"));
    assertFalse(resolver.namesWellKnownPlace("Smith"));
    assertFalse(resolver.namesWellKnownPlace("the"));
  }
}
