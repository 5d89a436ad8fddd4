package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Pipeline;

/** The command line with the real pipeline, on the shipped examples. */
class CommandLineIT {
  private static final String RAQQA = Path.of("..", "examples", "raqqa-clashes.txt").toString();
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void requireAWiredPipeline() {
    // Until the stages are wired, loadDefault() says so; these tests then have nothing to test.
    try {
      Pipeline.loadDefault();
    } catch (UnsupportedOperationException notYet) {
      assumeTrue(false, "the pipeline is not wired yet: " + notYet.getMessage());
    }
  }

  @Test
  void processesTheGoodFileAndStillExits2ForTheBadOne() throws IOException {
    CommandRun run =
        CommandRun.of("extract", "--published", "2025-03-12", "missing-report.txt", RAQQA);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(List.of("sitrep: missing-report.txt: no such file"), run.errLines());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.size() >= 1, "the good file yields events");
    for (String line : lines) {
      assertEquals(RAQQA, mapper.readTree(line).get("article").asText());
    }
  }

  @Test
  void benchPrintsOneJsonObjectWithTheAgreedKeys() throws IOException {
    CommandRun run =
        CommandRun.of("bench", "--json", "--warmup", "0", "--rounds", "1", "--threads", "2");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = mapper.readTree(run.out());
    List<String> keys = new ArrayList<>();
    report.fieldNames().forEachRemaining(keys::add);
    assertEquals(14, keys.size(), keys.toString());
    assertEquals(ShippedExamples.NAMES.size(), report.get("articles").asInt());
    assertEquals(2, report.get("threads").asInt());
    assertTrue(report.get("tokens_per_s_1").asDouble() > 0);
    assertTrue(report.get("actors_load_s").asDouble() > 0);
    assertTrue(report.get("actors_heap_mb").asDouble() >= 0);
    assertTrue(report.get("read_per_s_1").asDouble() > 0);
    double share = report.get("read_share").asDouble();
    assertTrue(share >= 0 && share < 1, "reading's share of an article's time: " + share);
    assertTrue(report.get("floor_per_s").asDouble() > 0);
    // The floor is part of the extraction, so the extraction cannot be much faster than it.
    double ratio = report.get("floor_ratio").asDouble();
    assertTrue(ratio > 0 && ratio < 1.5, "extraction over the annotation floor: " + ratio);
  }
}
