package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command's refusals, all made before the pipeline is loaded. */
class EvalCommandTest {
  @Test
  void refusesADatasetItDoesNotKnow() {
    CommandRun run = CommandRun.of("eval", "gdelt", "x.csv");
    assertEquals(2, run.exitCode());
    assertEquals(
        "sitrep: gdelt: unknown dataset; the ones supported are acled, articles, geo, html, merge and types"
            + " (see 'sitrep eval --help')",
        run.err().strip());
  }

  @Test
  void asksForADataset() {
    CommandRun run = CommandRun.of("eval");
    assertEquals(2, run.exitCode());
    assertEquals(
        "sitrep: name a dataset: acled, articles, geo, html, merge or types (see 'sitrep eval --help')", run.err().strip());
  }

  @Test
  void reportsAMissingFileInOneLine() {
    CommandRun run = CommandRun.of("eval", "acled", "no-such-events.csv");
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: no-such-events.csv: no such file", run.err().strip());
  }

  @Test
  void reportsAFileThatIsNotAcledCsv(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "name,age\nAda,36\n");
    CommandRun run = CommandRun.of("eval", "acled", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size());
    assertEquals(
        "sitrep: "
            + file
            + ": not ACLED CSV: the header lacks event_date, event_type,"
            + " sub_event_type, actor1, actor2, inter1, inter2, country, admin1, location,"
            + " latitude, longitude, fatalities, notes",
        run.err().strip());
  }

  @Test
  void refusesAZeroLimit() {
    CommandRun run = CommandRun.of("eval", "acled", "--limit", "0", "x.csv");
    assertEquals(2, run.exitCode());
    assertEquals(
        "sitrep: --limit: must be at least 1, was 0 (see 'sitrep eval acled --help')",
        run.err().strip());
  }
}
