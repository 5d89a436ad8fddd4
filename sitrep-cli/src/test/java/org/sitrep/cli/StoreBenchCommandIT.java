package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep bench store} end to end, on an embedded store in a temporary data directory. */
class StoreBenchCommandIT {
  @TempDir Path dataDir;

  @Test
  void reports_every_figure_and_removes_its_store() throws Exception {
    CommandRun run = CommandRun.of("bench", "store", "--events", "400", "--queries", "50",
        "--threads", "2", "--json", "--data-dir", dataDir.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<String> keys = new ArrayList<>();
    report.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("events", "store_events_per_s", "restore_events_per_s", "merged",
        "queries", "requests_per_s", "p50_ms", "p95_ms", "p99_ms", "threads", "events_stored",
        "max_seconds", "stopped_at_budget", "p99_ms_by_kind", "export_events_per_s"), keys);
    assertTrue(report.get("export_events_per_s").asDouble() > 0, run.out());
    assertTrue(report.get("stopped_at_budget").isNull(), run.out());
    List<String> kinds = new ArrayList<>();
    report.get("p99_ms_by_kind").fieldNames().forEachRemaining(kinds::add);
    assertEquals(QueryMix.KIND_NAMES, kinds);
    report.get("p99_ms_by_kind").forEach(ms -> assertTrue(ms.asDouble() > 0, run.out()));
    assertEquals(400, report.get("events_stored").asInt());
    assertEquals(400, report.get("events").asInt());
    assertEquals(50, report.get("queries").asInt());
    assertEquals(2, report.get("threads").asInt());
    assertTrue(report.get("merged").asInt() >= 0 && report.get("merged").asInt() < 400);
    assertTrue(report.get("p50_ms").asDouble() <= report.get("p99_ms").asDouble(), run.out());
    // The benchmark's store is gone, and it never made the user's store.
    try (Stream<Path> left = Files.list(dataDir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void prints_text_by_default() {
    CommandRun run = CommandRun.of("bench", "store", "--events", "30", "--queries", "8",
        "--threads", "1", "--data-dir", dataDir.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("store again"), run.out());
    assertTrue(run.out().contains("p99"), run.out());
  }

  @Test
  void a_budget_too_short_stops_the_phase_under_way_and_says_so() throws Exception {
    // 40,000 events cannot be stored in one second here; the store is removed all the same.
    CommandRun run = CommandRun.of("bench", "store", "--events", "40000", "--max-seconds", "1",
        "--threads", "1", "--json", "--data-dir", dataDir.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals("store", report.get("stopped_at_budget").asText());
    assertTrue(report.get("events_stored").asInt() < 40000, run.out());
    assertTrue(report.get("restore_events_per_s").isNull(), run.out());
    assertTrue(report.get("p99_ms").isNull(), run.out());
    try (Stream<Path> left = Files.list(dataDir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void no_events_is_a_usage_error() {
    CommandRun run = CommandRun.of("bench", "store", "--events", "0", "--data-dir",
        dataDir.toString());
    assertEquals(ErrorReport.USAGE, run.exitCode());
  }
}
