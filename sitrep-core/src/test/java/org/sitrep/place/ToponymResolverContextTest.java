package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/**
 * The resolver on a small gazetteer written here: a village whose name is on both sides of a
 * border is placed by the story's country and the towns named beside it.
 */
class ToponymResolverContextTest {
  private static final Place KHARAB_SYRIA =
      new Place(1, "Kharab", 36.55, 37.95, "PPL", "Syria", "SYR", "Aleppo", "", 900);
  private static final Place KHARAB_TURKEY =
      new Place(2, "Kharab", 37.10, 36.60, "PPL", "Turkey", "TUR", "Kilis", "", 1400);
  private static final List<Place> PLACES = List.of(
      KHARAB_SYRIA,
      KHARAB_TURKEY,
      new Place(3, "Manbij", 36.53, 37.95, "PPLA2", "Syria", "SYR", "Aleppo", "", 100_000),
      new Place(4, "Jarabulus", 36.82, 38.01, "PPLA2", "Syria", "SYR", "Aleppo", "", 25_000),
      new Place(5, "Syria", 33.51, 36.29, "PCLI", "Syria", "SYR", "", "", 17_000_000),
      new Place(6, "Gaziantep", 37.06, 37.38, "PPLA", "Turkey", "TUR", "Gaziantep", "", 1_000_000));

  /** Finds places by exact name only. */
  private static final Gazetteer SMALL = new Gazetteer() {
    @Override
    public List<Candidate> candidates(String name) {
      List<Candidate> found = new ArrayList<>();
      for (Place p : PLACES) {
        if (PlaceNames.key(p.name()).equals(PlaceNames.key(name))) {
          found.add(new Candidate(p, true, false, Candidate.Match.EXACT));
        }
      }
      return found;
    }

    @Override
    public Optional<Place> country(String iso3) {
      return PLACES.stream().filter(p -> p.featureCode().equals("PCLI") && p.iso3().equals(iso3))
          .findFirst();
    }

    @Override
    public int size() {
      return PLACES.size();
    }
  };

  private final ToponymResolver resolver = new ToponymResolver(new PlaceRanker(SMALL));

  @Test
  void aloneTheLargerVillageWins() {
    assertEquals(Optional.of(KHARAB_TURKEY), resolver.resolve(List.of("Kharab")).get(0).place());
  }

  @Test
  void inAStoryOfSyrianTownsTheSyrianVillageWins() {
    // "Shelling from Jarabulus reached Kharab, north of Manbij, the Syrian monitor said."
    List<ResolvedToponym> r = resolver.resolve(List.of("Jarabulus", "Kharab", "Manbij", "Syria"));
    assertEquals(Optional.of(KHARAB_SYRIA), r.get(1).place());
  }

  @Test
  void inAStoryOfTurkishTownsTheTurkishVillageStays() {
    assertEquals(Optional.of(KHARAB_TURKEY),
        resolver.resolve(List.of("Gaziantep", "Kharab")).get(1).place());
  }
}
