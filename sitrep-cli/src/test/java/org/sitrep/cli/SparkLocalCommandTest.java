package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mistakes spark-local refuses before it starts Spark or loads a pipeline. */
class SparkLocalCommandTest {
  @TempDir Path dir;

  @Test
  void refusesAnOutputFolderHoldingAnEarlierRun() throws Exception {
    Files.createDirectories(dir.resolve("jsonl"));
    CommandRun run = CommandRun.of("spark-local", "--out", dir.toString(), "a.txt");
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: " + dir.resolve("jsonl") + " exists: give another --out, or remove "
        + "the outputs of the earlier run", run.err().strip());
  }

  @Test
  void needsInputsOrAStream() {
    CommandRun run = CommandRun.of("spark-local", "--out", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: name the INPUT files or folders, or --stream DIR", run.err().strip());
  }

  @Test
  void aStreamNeedsACheckpointAndNoInputs() {
    CommandRun run = CommandRun.of("spark-local", "--stream", dir.toString(), "--out",
        dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: --stream DIR takes --checkpoint DIR and no INPUT", run.err().strip());
  }
}
