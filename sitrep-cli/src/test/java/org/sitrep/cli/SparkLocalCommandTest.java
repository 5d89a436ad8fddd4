package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aStoreOutOfReachIsOneLineBeforeAnyWork() {
    CommandRun run = CommandRun.of("spark-local", "--db",
        "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "--out",
        dir.resolve("out").toString(), "a.txt");
    assertEquals(2, run.exitCode());
    String err = run.err().strip();
    assertTrue(err.startsWith("sitrep: could not bring the store at "
        + "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2 up to date"), err);
    assertEquals(1, err.lines().count(), err);
    assertFalse(Files.exists(dir.resolve("out")), "nothing run");
  }
}
