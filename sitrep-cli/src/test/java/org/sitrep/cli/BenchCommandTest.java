package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void jsonReportHasExactlyTheAgreedKeysInOrder() throws Exception {
    BenchReport report = new BenchReport(2.5, 9.123, 1500, 6000.456, 800, 1200.4, 12.3456,
        new BenchReport.ActorsLoad(0.2345, 25.5, 2500, 28000), 8, 2, 250, 7.5);
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "articles_per_s_1", "articles_per_s_all", "tokens_per_s_1", "tokens_per_s_all",
            "peak_heap_mb", "load_s", "threads", "articles", "actors_load_s", "actors_heap_mb",
            "read_per_s_1", "read_share", "floor_per_s", "floor_ratio"),
        keys);
    assertEquals(1200.4, json.get("peak_heap_mb").asDouble());
    assertEquals(12.35, json.get("load_s").asDouble());
    assertEquals(8, json.get("threads").asInt());
    assertEquals(0.23, json.get("actors_load_s").asDouble());
    assertEquals(250, json.get("read_per_s_1").asDouble());
    assertEquals(0.01, json.get("read_share").asDouble());
    assertEquals(7.5, json.get("floor_per_s").asDouble());
    assertEquals(0.333, json.get("floor_ratio").asDouble());
    assertTrue(report.toJson().lines().count() == 1);
  }

  @Test
  void refusesZeroRoundsBeforeLoadingAnything() {
    CommandRun run = CommandRun.of("bench", "--rounds", "0");
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: --rounds: must be at least 1, was 0 (see 'sitrep bench --help')",
        run.err().strip());
  }

  @Test
  void reportsAMissingFileBeforeLoadingAnything() {
    CommandRun run = CommandRun.of("bench", "no-such-report.txt");
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: no-such-report.txt: no such file", run.err().strip());
  }
}
