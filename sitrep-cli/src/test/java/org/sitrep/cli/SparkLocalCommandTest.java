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
    assertEquals("sitrep: name the INPUT files or folders, or --stream DIR, or --kafka HOST:PORT "
        + "--topic NAME", run.err().strip());
  }

  @Test
  void aStreamNeedsACheckpointAndNoInputs() {
    CommandRun run = CommandRun.of("spark-local", "--stream", dir.toString(), "--out",
        dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: --stream DIR takes --checkpoint DIR and no INPUT", run.err().strip());
  }

  @Test
  void aKafkaTopicIsNamedWithItsBrokersAndACheckpointAndIsTheOnlySource() {
    String out = dir.resolve("out").toString();
    String ck = dir.resolve("ck").toString();
    String[][] runs = {
      {"--kafka", "127.0.0.1:9092", "--topic", "wire", "--out", out},
      {"--kafka", "127.0.0.1:9092", "--topic", "wire", "--checkpoint", ck, "--out", out, "a.jsonl"},
      {"--kafka", "127.0.0.1:9092", "--checkpoint", ck, "--out", out},
      {"--kafka", "127.0.0.1:9092", "--stream", dir.toString(), "--topic", "wire",
          "--checkpoint", ck, "--out", out},
      {"--topic", "wire", "--out", out, "a.jsonl"},
      {"--stream", dir.toString(), "--topic", "wire", "--checkpoint", ck, "--out", out},
      {"--kafka", "127.0.0.1", "--topic", "wire", "--checkpoint", ck, "--out", out},
    };
    String[] said = {
      "--kafka HOST:PORT takes --checkpoint DIR and no INPUT",
      "--kafka HOST:PORT takes --checkpoint DIR and no INPUT",
      "--kafka HOST:PORT takes --topic NAME",
      "give --stream DIR or --kafka HOST:PORT, not both",
      "--topic NAME goes with --kafka HOST:PORT",
      "--topic NAME goes with --kafka HOST:PORT",
      "--kafka 127.0.0.1: expected HOST:PORT, or several joined by commas",
    };
    for (int i = 0; i < runs.length; i++) {
      String[] args = new String[runs[i].length + 1];
      args[0] = "spark-local";
      System.arraycopy(runs[i], 0, args, 1, runs[i].length);
      CommandRun run = CommandRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", runs[i]));
      assertEquals("sitrep: " + said[i], run.err().strip());
    }
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
