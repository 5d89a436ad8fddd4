package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazetteer import} into a temporary data directory, then {@code lookup} over it. */
class GazetteerImportCommandTest {
  @TempDir Path files;
  @TempDir Path data;

  private CommandRun importing(Path... inputs) {
    return importing(List.of(), inputs);
  }

  private CommandRun importing(List<String> options, Path... inputs) {
    List<String> args = new java.util.ArrayList<>(
        List.of("gazetteer", "import", "--no-progress", "--data-dir", data.toString()));
    args.addAll(options);
    Stream.of(inputs).map(Path::toString).forEach(args::add);
    return CommandRun.of(args.toArray(String[]::new));
  }

  private JsonNode lookup(String name) throws Exception {
    CommandRun run = CommandRun.of(
        "gazetteer", "lookup", "--json", "--data-dir", data.toString(), name);
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void importsAFileReportingItsMalformedLineByNumber() throws Exception {
    CommandRun run = importing(GeoNamesRows.syria(files));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("sitrep: SY.txt line 3: expected 15 tab-separated columns, found 2"),
        run.errLines());
    assertTrue(run.out().startsWith("imported "), run.out());
    assertTrue(run.out().contains("skipped 1 malformed lines"), run.out());
    assertTrue(run.out().contains(data.resolve("gazetteer").resolve("imported").toString()),
        run.out());
    JsonNode found = lookup("Zorblaxville");
    assertEquals("Zorblaxville", found.get(0).get("name").asText());
    assertEquals("SYR", found.get(0).get("iso3").asText());
    assertEquals(99000001, found.get(0).get("geonameid").asLong());
    assertEquals("Blorptown", lookup("Blorptown").get(0).get("name").asText());
  }

  @Test
  void keepsOnlyTheCountriesAsked() throws Exception {
    CommandRun run = importing(List.of("--countries", "sy"), GeoNamesRows.syria(files));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, lookup("Qurnet Flimsy").size());
    assertEquals(0, lookup("Blorptown").size());
  }

  @Test
  void refusesAnUnknownCountryCodeInOneLine() throws Exception {
    Path sy = GeoNamesRows.syria(files);
    CommandRun run = importing(List.of("--countries", "SY,QQ"), sy);
    assertEquals(2, run.exitCode());
    assertEquals(List.of("sitrep: --countries: 'QQ' is not an ISO 3166-1 alpha-2 country code"
        + " (e.g. SY, IQ, LB)"), run.errLines());
    CommandRun alpha3 = importing(List.of("--countries", "SYR"), sy);
    assertEquals(2, alpha3.exitCode());
    assertTrue(alpha3.err().strip().endsWith("did you mean SY?"), alpha3.err());
    assertFalse(Files.exists(data.resolve("gazetteer")), "nothing is built for a refused import");
  }

  @Test
  void refusesAMissingFileOrADirectoryInOneLine() throws Exception {
    Path missing = files.resolve("allCountries.zip");
    CommandRun run = importing(missing);
    assertEquals(2, run.exitCode());
    assertEquals(List.of("sitrep: " + missing + ": no such file"), run.errLines());
    CommandRun directory = importing(GeoNamesRows.syria(files), files);
    assertEquals(2, directory.exitCode());
    assertEquals(List.of("sitrep: " + files + ": is a directory, not a GeoNames file"),
        directory.errLines());
  }

  @Test
  void refusesTwoMainTables() throws Exception {
    Path sy = GeoNamesRows.syria(files);
    Path iq = GeoNamesRows.write(files, "IQ.txt", List.of());
    CommandRun run = importing(sy, iq);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("sitrep: one main table at a time"), run.err());
  }

  @Test
  void aFailedImportLeavesThePreviousOneInUse() throws Exception {
    assertEquals(0, importing(GeoNamesRows.syria(files)).exitCode());
    Path newer = GeoNamesRows.write(files, "LB.txt",
        List.of(GeoNamesRows.town(99000010, "Newtonia Flats", "LB", "03", 34.0, 35.8, 900)));
    // Not a zip at all: found out only after the main table is read.
    Path alternates = Files.writeString(files.resolve("alternateNamesV2.zip"), "not a zip\n");
    CommandRun run = importing(newer, alternates);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("sitrep: alternateNamesV2.zip: "), run.err());
    assertTrue(run.err().contains("the previous import in "), run.err());
    assertEquals(1, lookup("Zorblaxville").size());
    assertEquals(0, lookup("Newtonia Flats").size());
    try (Stream<Path> left = Files.list(data.resolve("gazetteer"))) {
      assertEquals(List.of("imported"),
          left.map(p -> p.getFileName().toString()).toList(), "no temporary directory is left");
    }
  }

  @Test
  void anEmptyOrBinaryFileImportsNothingAndTheBundledIndexStaysInUse() throws Exception {
    Path empty = Files.writeString(files.resolve("SY.txt"), "");
    Path binary = Files.write(files.resolve("IQ.txt"), new byte[] {0, 1, 2, (byte) 0xff, 10, 7});
    for (Path wrong : List.of(empty, binary)) {
      CommandRun run = importing(wrong);
      assertEquals(2, run.exitCode(), run.err());
      List<String> lines = run.errLines();
      assertTrue(lines.get(lines.size() - 1)
          .startsWith("sitrep: " + wrong.getFileName() + ": no GeoNames place"), run.err());
      assertFalse(Files.exists(data.resolve("gazetteer").resolve("imported")),
          "a few curated rows must not replace the bundled gazetteer");
    }
  }

  @Test
  void infoSaysWhichIndexIsInUse() throws Exception {
    CommandRun before = CommandRun.of("gazetteer", "info", "--data-dir", data.toString());
    assertEquals(0, before.exitCode(), before.err());
    assertTrue(before.out().startsWith("index:  bundled, not built yet"), before.out());
    assertFalse(Files.exists(data.resolve("gazetteer")), "info builds nothing");
    importing(GeoNamesRows.syria(files));
    CommandRun after = CommandRun.of("gazetteer", "info", "--data-dir", data.toString());
    assertEquals(0, after.exitCode(), after.err());
    List<String> lines = after.out().lines().toList();
    assertEquals("index:  imported", lines.get(0));
    assertEquals("path:   " + data.resolve("gazetteer").resolve("imported"), lines.get(1));
    assertTrue(lines.get(2).matches("places: [0-9,]+"), lines.get(2));
    assertTrue(lines.get(3).matches("size:   [0-9.]+ (kB|MB)"), lines.get(3));
  }
}
