package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** The bundled Lucene index: spelling variants, fuzzy limits, and the in-memory reference. */
class LuceneGazetteerTest {
  private static final LuceneGazetteer GAZETTEER = BundledGazetteer.INSTANCE;

  private static Set<Long> ids(String name) {
    return GAZETTEER.candidates(name).stream().map(c -> c.place().geonameId())
        .collect(Collectors.toSet());
  }

  private static Place only(String name, String featureCode) {
    List<Place> found = GAZETTEER.candidates(name).stream().map(Candidate::place)
        .filter(p -> p.featureCode().startsWith(featureCode) && p.iso3().equals("SYR")).toList();
    assertEquals(1, found.size(), name + ": " + found);
    return found.get(0);
  }

  @Test
  void aCountryAndAProvinceAreGovernedFromTheirSeats() {
    Place uganda = GAZETTEER.country("UGA").orElseThrow();
    assertEquals("Kampala", GAZETTEER.seatOf(uganda).orElseThrow().name());
    Place manipur = GAZETTEER.candidates("Manipur").stream().map(Candidate::place)
        .filter(p -> p.featureCode().equals("ADM1")).findFirst().orElseThrow();
    Place imphal = GAZETTEER.seatOf(manipur).orElseThrow();
    assertEquals("Imphal", imphal.name());
    assertEquals("PPLA", imphal.featureCode());
  }

  @Test
  void tanfSpellingsMeetTheCuratedSite() {
    Place tanf = only("al-Tanf", "MILB");
    assertEquals(tanf, only("al-Tenf", "MILB"));
    assertEquals(tanf, only("At Tanf", "MILB"));
    Candidate tenf = GAZETTEER.candidates("al-Tenf").stream()
        .filter(c -> c.place().equals(tanf)).findFirst().orElseThrow();
    assertTrue(tenf.curated());
  }

  @Test
  void abuKamalSpellingsMeetTheTown() {
    Place town = only("Abu Kamal", "PPL");
    assertEquals(town, only("Albu Kamal", "PPL"));
    assertEquals(town, only("Al Bukamal", "PPL"));
    assertEquals("Deir ez-Zor", town.admin1());
  }

  @Test
  void deirEzZorSpellingsMeetAsVariants() {
    Place province = only("Deir ez-Zor", "ADM1");
    assertEquals(province, only("Dayr az Zawr", "ADM1"));
    assertEquals("Deir ez-Zor", province.name());
    Candidate city = GAZETTEER.candidates("Dayr az Zawr").stream()
        .filter(c -> c.place().featureCode().equals("PPLA")).findFirst().orElseThrow();
    assertEquals(Candidate.Match.EXACT, city.match(), "GeoNames spells the city so");
  }

  @Test
  void nearSpellingsOfLongNamesAreFuzzyMatches() {
    assertTrue(GAZETTEER.candidates("Kandahr").isEmpty(), "candidates are exact or variant only");
    List<Candidate> found = GAZETTEER.nearSpellings("Kandahr");
    assertTrue(found.stream().anyMatch(c -> c.place().name().equals("Kandahar")), found.toString());
    assertTrue(found.stream().allMatch(c -> c.match() == Candidate.Match.FUZZY));
    assertTrue(found.size() <= LuceneGazetteer.FUZZY_MAX_HITS);
    assertTrue(GAZETTEER.nearSpellings("Maarat al-Numaann").stream()
        .anyMatch(c -> c.place().iso3().equals("SYR")), "two edits from nine letters on");
  }

  @Test
  void shortOrUnrelatedNamesGetNoFuzzyMatch() {
    // Four letters: one edit from Homs, Hums, Hama... too close to call.
    assertTrue(GAZETTEER.nearSpellings("Homz").isEmpty());
    assertTrue(GAZETTEER.nearSpellings("Qwertz").isEmpty());
    assertTrue(GAZETTEER.nearSpellings("Xyzzyqwv").isEmpty());
    // The first letter is never edited: "Bandahar" does not reach Kandahar.
    assertFalse(GAZETTEER.nearSpellings("Bandahar").stream()
        .anyMatch(c -> c.place().name().equals("Kandahar")));
  }

  @Test
  void countriesAreReadAtOpen() {
    assertEquals("Syria", GAZETTEER.country("syr").orElseThrow().name());
    assertEquals("Democratic Republic of Congo", GAZETTEER.country("COD").orElseThrow().name());
    assertTrue(GAZETTEER.countries().size() > 240);
    assertTrue(ids("Siria").contains(GAZETTEER.country("SYR").orElseThrow().geonameId()),
        "the JDK's Italian name");
  }

  /** Exact and variant hits equal the in-memory reference's on names drawn from the index. */
  @Test
  void matchesTheInMemoryGazetteerOnRandomNames() throws IOException {
    TableGazetteer.Builder builder = new TableGazetteer.Builder();
    new GeoNamesImporter(GeoNamesInputs.bundled(), Set.of())
        .importInto(builder, ImportListener.STRICT);
    TableGazetteer table = builder.build();
    assertEquals(table.size(), GAZETTEER.size());
    long seed = new Random().nextLong();
    System.out.println("LuceneGazetteerTest: random names with seed " + seed);
    Random random = new Random(seed);
    List<String> names = table.names();
    Set<String> differing = new HashSet<>();
    for (int i = 0; i < 3000; i++) {
      String name = names.get(random.nextInt(names.size()));
      // Half of the names get a vowel changed, so that variant hits are compared too.
      String query = random.nextBoolean() ? name : name.replaceFirst("[aeiou]", "e");
      List<Candidate> expected = table.candidates(query);
      if (expected.isEmpty()) {
        continue;
      }
      if (!sorted(expected).equals(sorted(GAZETTEER.candidates(query)))) {
        differing.add(query);
      }
    }
    assertTrue(differing.isEmpty(), "seed " + seed + ": differ on " + differing);
  }

  private static List<String> sorted(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::toString).sorted(Comparator.naturalOrder())
        .toList();
  }
}
