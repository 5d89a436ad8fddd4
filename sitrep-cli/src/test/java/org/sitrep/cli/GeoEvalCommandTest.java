package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval geo --gold-spans}, which needs the gazetteer but not CoreNLP, and its refusals. */
class GeoEvalCommandTest {
  @Test
  void scoresGoldSpansAsOneJsonObject(@TempDir Path dir) throws Exception {
    CommandRun run = CommandRun.of(
        "eval", "geo", GeoEvalFiles.gwn(dir).toString(), "--gold-spans", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<String> keys = new ArrayList<>();
    report.fieldNames().forEachRemaining(keys::add);
    assertTrue(keys.containsAll(List.of("acc161", "exact_id", "median_km", "mean_km", "auc", "n")),
        keys.toString());
    assertFalse(keys.contains("recall"), "no detection is scored on gold spans");
    assertEquals(4, report.get("n").asInt());
    assertEquals(1.0, report.get("acc161").asDouble());
    assertEquals(1.0, report.get("exact_id").asDouble());
    assertEquals(0.0, report.get("median_km").asDouble());
  }

  @Test
  void listsTheWorstErrorsAndWritesThemAll(@TempDir Path dir) throws Exception {
    Path errors = dir.resolve("errors.tsv");
    CommandRun run = CommandRun.of("eval", "geo", GeoEvalFiles.gwn(dir).toString(),
        "--gold-spans", "--limit", "1", "--worst", "1", "--errors", errors.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("acc@161km  1.000"), run.out());
    assertTrue(run.out().contains("Largest errors:"), run.out());
    List<String> lines = Files.readAllLines(errors);
    assertEquals(2, lines.size(), "--limit 1 keeps the first article's two toponyms");
    assertTrue(lines.get(0).startsWith("0\t"), lines.get(0));
  }

  @Test
  void reportsAMalformedFileInOneLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.xml");
    Files.writeString(file, "<articles><article>");
    CommandRun run = CommandRun.of("eval", "geo", file.toString(), "--gold-spans");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("sitrep: " + file + ": not well-formed XML"), run.err());
  }

  @Test
  void refusesAZeroLimit() {
    CommandRun run = CommandRun.of("eval", "geo", "--limit", "0", "x.xml");
    assertEquals(2, run.exitCode());
    assertEquals(
        "sitrep: --limit: must be at least 1, was 0 (see 'sitrep eval geo --help')",
        run.err().strip());
  }
}
