package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Place;

/** An import of small GeoNames-format files the test writes. */
class GeoNamesImporterTest {
  @TempDir Path temp;

  private static final List<String> MAIN = List.of(
      GeoNamesFixture.row(170017, "Tadmur", "Palmyra,Tudmur,تدمر", 34.56, 38.28, "PPL", "SY",
          "11", 51323),
      GeoNamesFixture.row(170063, "Aleppo", "Halab", 36.2, 37.16, "PPLA", "SY", "09", 1602264),
      GeoNamesFixture.row(99072, "Mosul", "Al Mawsil", 36.34, 43.13, "PPLA", "IQ", "15", 1739800),
      "this line is not a GeoNames row",
      GeoNamesFixture.row(98182, "Baghdad", "", 33.34, 44.4, "PPLC", "IQ", "07", 7216000));

  private static final List<String> ALTERNATES = List.of(
      "1\t170017\ten\tPalmyra Oasis\t\t\t\t\t\t",
      "2\t170017\tlink\thttps://en.wikipedia.org/wiki/Palmyra\t\t\t\t\t\t",
      "3\t170017\tiata\tPMS\t\t\t\t\t\t",
      "4\t170017\tar\tتدمر\t\t\t\t\t\t",
      "5\t99072\ten\tNinawa City\t\t\t\t\t\t",
      "6\t123456789\ten\tNowhere At All\t\t\t\t\t\t");

  private LuceneGazetteer importAll(Set<String> only, List<String> problems) throws IOException {
    Path main = GeoNamesFixture.write(temp, "cities-test.txt", MAIN);
    Path alternates = GeoNamesFixture.write(temp, "alternateNamesV2.txt", ALTERNATES);
    return GeoNamesFixture.importAndOpen(temp.resolve("data"), List.of(main, alternates), only,
        problems::add);
  }

  private static Set<String> names(LuceneGazetteer gazetteer, String name) {
    return gazetteer.candidates(name).stream().map(c -> c.place().name())
        .collect(Collectors.toSet());
  }

  @Test
  void importsPlacesAlternatesAndTheirDivisions() throws IOException {
    List<String> problems = new ArrayList<>();
    try (LuceneGazetteer gazetteer = importAll(Set.of(), problems)) {
      assertEquals(Set.of("Tadmur"), names(gazetteer, "Palmyra"));
      assertEquals(Set.of("Tadmur"), names(gazetteer, "Palmyra Oasis"), "an alternateNamesV2 name");
      Candidate alias = gazetteer.candidates("Palmyra Oasis").get(0);
      assertEquals(Candidate.Match.EXACT, alias.match());
      assertTrue(gazetteer.candidates("PMS").isEmpty(), "airport codes are skipped");
      assertTrue(gazetteer.candidates("تدمر").isEmpty(), "Arabic script is skipped");
      assertEquals(Set.of("Mosul"), names(gazetteer, "Ninawa City"));
      Place mosul = gazetteer.candidates("Mosul").get(0).place();
      assertEquals("Nineveh", mosul.admin1(), "divisions-english.tsv names the province");
      assertEquals("Iraq", mosul.country());
      Place nineveh = gazetteer.candidates("Ninawa").stream().map(Candidate::place)
          .filter(p -> p.featureCode().equals("ADM1")).findFirst().orElseThrow();
      assertEquals("Nineveh", nineveh.name());
      assertEquals(36.34, nineveh.latitude(), 1e-9, "a province sits at its seat");
      Place iraq = gazetteer.country("IRQ").orElseThrow();
      assertEquals(33.34, iraq.latitude(), 1e-9, "a country sits at its capital");
      assertTrue(names(gazetteer, "Republic of Iraq").contains("Iraq"), "country-names.tsv");
      assertEquals("Baghdad", gazetteer.seatOf(iraq).orElseThrow().name(), "the capital");
      assertEquals("Mosul", gazetteer.seatOf(nineveh).orElseThrow().name(), "the seat");
      assertTrue(gazetteer.seatOf(mosul).isEmpty(), "a town governs nothing here");
      assertEquals("al-Tanf", gazetteer.candidates("At Tanf").get(0).place().name(),
          "the curated supplement comes with every import");
    }
    assertEquals(List.of("cities-test.txt line 4: expected 15 tab-separated columns, found 1"),
        problems);
  }

  @Test
  void countriesFilterTheMainTableAndTheAlternates() throws IOException {
    try (LuceneGazetteer gazetteer = importAll(Set.of("sy"), new ArrayList<>())) {
      assertEquals(Set.of("Tadmur"), names(gazetteer, "Palmyra Oasis"));
      assertTrue(gazetteer.candidates("Mosul").isEmpty());
      assertTrue(gazetteer.candidates("Ninawa City").isEmpty());
      assertTrue(gazetteer.country("IRQ").isEmpty());
      assertTrue(gazetteer.country("SYR").isPresent());
    }
  }

  @Test
  void anImportThatFailsMidwayLeavesThePreviousIndex() throws IOException {
    Path data = temp.resolve("data");
    importAll(Set.of(), new ArrayList<>()).close();
    byte[] start = String.join("\n", MAIN.subList(0, 2)).concat("\n")
        .getBytes(StandardCharsets.UTF_8);
    GeoNamesSource broken = new GeoNamesSource("cities-broken.txt", 0,
        () -> new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk unplugged");
          }
        }));
    IOException e = assertThrows(IOException.class, () -> Gazetteers.importInto(data,
        GeoNamesInputs.of(List.of(broken)), Set.of(), p -> { }));
    assertEquals("disk unplugged", e.getMessage());
    assertOnlyTheImport(data);
  }

  @Test
  void aFileWithNoPlaceImportsNothingAndLeavesThePreviousIndex() throws IOException {
    Path data = temp.resolve("data");
    importAll(Set.of(), new ArrayList<>()).close();
    for (List<String> lines : List.of(List.<String>of(), List.of("not a row", "nor this"))) {
      Path wrong = GeoNamesFixture.write(temp, "cities-wrong.txt", lines);
      IOException e = assertThrows(IOException.class, () -> Gazetteers.importInto(data,
          GeoNamesInputs.of(List.of(GeoNamesSource.file(wrong))), Set.of(), p -> { }));
      assertTrue(e.getMessage().startsWith("cities-wrong.txt: no GeoNames place in it"),
          e.getMessage());
      assertOnlyTheImport(data);
    }
    Path iraq = GeoNamesFixture.write(temp, "cities-iraq.txt", MAIN.subList(2, 3));
    IOException e = assertThrows(IOException.class, () -> Gazetteers.importInto(data,
        GeoNamesInputs.of(List.of(GeoNamesSource.file(iraq))), Set.of("SY"), p -> { }));
    assertTrue(e.getMessage().contains("no GeoNames place of SY"), e.getMessage());
    assertOnlyTheImport(data);
  }

  @Test
  void anInterruptedImportLeavesThePreviousIndex() throws IOException {
    Path data = temp.resolve("data");
    importAll(Set.of(), new ArrayList<>()).close();
    Path main = GeoNamesFixture.write(temp, "cities-other.txt", MAIN.subList(0, 1));
    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedIOException.class, () -> Gazetteers.importInto(data,
          GeoNamesInputs.of(List.of(GeoNamesSource.file(main))), Set.of(), p -> { }));
    } finally {
      Thread.interrupted();
    }
    assertOnlyTheImport(data);
  }

  private static void assertOnlyTheImport(Path data) throws IOException {
    assertEquals(List.of(Gazetteers.root(data).resolve(Gazetteers.IMPORTED)),
        Gazetteers.children(data), "no temporary directory is left");
    try (LuceneGazetteer previous = LuceneGazetteer.open(
        Gazetteers.root(data).resolve(Gazetteers.IMPORTED))) {
      assertEquals("Mosul", previous.candidates("Mosul").get(0).place().name());
    }
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = temp.resolve("allCountries.zip");
    IOException e = assertThrows(IOException.class, () -> GeoNamesSource.file(missing));
    assertTrue(e.getMessage().contains("allCountries.zip"), e.getMessage());
  }

  @Test
  void theDefaultIndexIsTheImportWhenValid() throws IOException {
    Path data = temp.resolve("data");
    importAll(Set.of("IQ"), new ArrayList<>()).close();
    try (LuceneGazetteer chosen = Gazetteers.openDefault(data, n -> { })) {
      assertTrue(chosen.country("SYR").isEmpty(), "the import, which holds Iraq only");
    }
  }
}
