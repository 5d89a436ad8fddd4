package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval merge} refuses a pair file it cannot read before it loads the pipeline. */
class MergeEvalCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingFileIsOneLineNamingItAndExitTwo() {
    Path missing = dir.resolve("pairs.jsonl");
    CommandRun run = CommandRun.of("eval", "merge", missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals(List.of("sitrep: " + missing + ": no such file"), run.errLines());
  }

  @Test
  void aMalformedLineIsNamedWithItsNumberAndField() throws Exception {
    Path file = Files.writeString(dir.resolve("pairs.jsonl"),
        "{\"id\": \"p1\", \"label\": \"same\", \"a\": {\"text\": \"x.\", \"published\": \"2024-02-06\"},"
            + " \"b\": {\"text\": \"y.\", \"published\": \"2024-02-06\"}}\n"
            + "{\"id\": \"p2\", \"label\": \"yes\"}\n");
    CommandRun run = CommandRun.of("eval", "merge", file.toString(), "--json");
    assertEquals(2, run.exitCode());
    assertEquals(List.of("sitrep: " + file + ":2: label: 'yes' is neither \"same\" nor \"different\""),
        run.errLines());
    assertEquals("", run.out());
  }
}
