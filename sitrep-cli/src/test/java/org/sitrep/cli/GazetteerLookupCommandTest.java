package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gazetteer lookup} over the bundled index (built once in target/sitrep-home). */
class GazetteerLookupCommandTest {
  private static JsonNode first(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("gazetteer", "lookup", "--json"));
    args.addAll(List.of(options));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out()).get(0);
  }

  @Test
  void theStorysCountryChoosesBetweenNamesakes() throws Exception {
    assertEquals("LBN", first("Tripoli", "--country", "LB").get("iso3").asText());
    assertEquals("LBY", first("Tripoli", "--country", "LY").get("iso3").asText());
    assertEquals("LBN", first("Tripoli", "--country", "Lebanon").get("iso3").asText());
    assertEquals("LBY", first("Tripoli", "--country", "lby").get("iso3").asText());
  }

  @Test
  void theCountryChoosesBetweenTownsAcrossABorder() throws Exception {
    assertEquals("EGY", first("Rafah", "--country", "EG").get("iso3").asText());
    assertEquals("PSE", first("Rafah", "--country", "PS").get("iso3").asText());
  }

  @Test
  void aPlaceNearbyChoosesBetweenNamesakes() throws Exception {
    assertEquals("LBY", first("Tripoli").get("iso3").asText());
    JsonNode near = first("Tripoli", "--near", "Zgharta");
    assertEquals("LBN", near.get("iso3").asText());
    assertTrue(near.get("reasons").toString().contains("from a place named nearby"),
        near.toString());
    assertEquals("USA", first("Alexandria", "--near", "Arlington").get("iso3").asText());
  }

  @Test
  void printsEachCandidateWithItsReasons() {
    CommandRun run = CommandRun.of("gazetteer", "lookup", "Tripoli", "--limit", "2");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).matches("1\\. [0-9.]+  Tripoli  PPLC  Tripoli  Libya \\(LBY\\)  "
        + "32\\.[0-9]+,13\\.[0-9]+  geonameid 2210247"), lines.get(0));
    assertTrue(lines.get(1).startsWith("     +"), lines.get(1));
    assertEquals(2, lines.stream().filter(l -> !l.startsWith(" ")).count(), run.out());
  }

  @Test
  void jsonHasOneObjectPerCandidate() throws Exception {
    CommandRun run = CommandRun.of("gazetteer", "lookup", "Tripoli", "--json", "--limit", "3");
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertEquals(3, array.size());
    List<String> keys = new ArrayList<>();
    array.get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("name", "feature_code", "admin1", "admin2", "country", "iso3", "latitude",
        "longitude", "geonameid", "population", "score", "reasons"), keys);
    assertTrue(array.get(0).get("reasons").isArray());
    assertTrue(array.get(0).get("score").isNumber());
  }

  @Test
  void noMatchIsOneLineAndSuccess() throws Exception {
    CommandRun run = CommandRun.of("gazetteer", "lookup", "Qxzvlorp");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("no place named 'Qxzvlorp' in the gazetteer", run.out().strip());
    CommandRun json = CommandRun.of("gazetteer", "lookup", "--json", "Qxzvlorp");
    assertEquals(0, new ObjectMapper().readTree(json.out()).size());
  }

  @Test
  void refusesAnUnknownCountryInOneLine() {
    CommandRun run = CommandRun.of("gazetteer", "lookup", "Tripoli", "--country", "Narnia");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("sitrep: --country: 'Narnia' is not a country"), run.err());
  }

  @Test
  void refusesAnUnknownActionAndAMissingName() {
    CommandRun unknown = CommandRun.of("gazetteer", "frob");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("sitrep: frob: unknown action"), unknown.err());
    CommandRun missing = CommandRun.of("gazetteer", "lookup");
    assertEquals(2, missing.exitCode());
    assertEquals("sitrep: missing NAME (see 'sitrep gazetteer lookup --help')",
        missing.err().strip());
  }
}
