package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputProblem;

class MergePairsTest {
  private static final String A = "\"a\": {\"text\": \"Gunmen killed four.\", \"published\": \"2024-02-06\"}";
  private static final String B = "\"b\": {\"text\": \"Four were shot dead.\", \"published\": \"2024-02-07\"}";

  @TempDir Path dir;

  @Test
  void readsEachPairWithItsLabelReportsAndNote() throws Exception {
    Path file = write("{\"id\": \"p1\", \"label\": \"same\", " + A + ", " + B + ", \"note\": \"paraphrase\"}",
        "", "{\"id\": \"p2\", \"label\": \"different\", " + A + ", " + B + "}");
    List<MergePair> pairs = MergePairs.read(file);
    assertEquals(2, pairs.size());
    assertTrue(pairs.get(0).same());
    assertEquals(LocalDate.of(2024, 2, 7), pairs.get(0).b().published());
    assertEquals("paraphrase", pairs.get(0).note());
    assertFalse(pairs.get(1).same());
    assertEquals(file + ":3", pairs.get(1).where());
  }

  @Test
  void aMistakeNamesTheFileTheLineAndTheField() throws Exception {
    assertProblem(write("{\"id\": \"p1\", \"label\": \"maybe\", " + A + ", " + B + "}"),
        ":1: label: 'maybe' is neither \"same\" nor \"different\"");
    assertProblem(write("{\"id\": \"p1\", \"label\": \"same\", " + A + "}"),
        ":1: b: missing; expected an object with \"text\" and \"published\"");
    assertProblem(write("{\"id\": \"p1\", \"label\": \"same\", " + A + ", "
        + "\"b\": {\"text\": \"x\", \"published\": \"Tuesday\"}}"),
        ":1: b: published: 'Tuesday' is not a day; expected YYYY-MM-DD");
    String ok = "{\"id\": \"p1\", \"label\": \"same\", " + A + ", " + B + "}";
    assertProblem(write(ok, ok), ":2: id: 'p1' is used by an earlier pair");
    assertProblem(write(ok, "{not json"), ":2: not JSON");
    assertProblem(write(""), ": no pairs; expected one JSON object per line");
    InputProblem missing = assertThrows(InputProblem.class, () -> MergePairs.read(dir.resolve("none.jsonl")));
    assertEquals(dir.resolve("none.jsonl") + ": no such file", missing.getMessage());
  }

  private void assertProblem(Path file, String expected) {
    InputProblem p = assertThrows(InputProblem.class, () -> MergePairs.read(file));
    assertTrue(p.getMessage().startsWith(file + expected), p.getMessage());
  }

  private int files;

  private Path write(String... lines) throws Exception {
    return Files.writeString(dir.resolve("pairs" + files++ + ".jsonl"), String.join("\n", lines) + "\n");
  }
}
