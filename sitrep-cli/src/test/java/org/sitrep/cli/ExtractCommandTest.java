package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the whole command line: one line on stderr naming the input, exit code 2, no
 * stack trace, nothing on stdout. None of these reach the pipeline, which loads only for a readable
 * input.
 */
class ExtractCommandTest {
  @TempDir Path dir;

  private static void assertOneLineProblem(CommandRun run, String input, String problemWord) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    String line = run.errLines().get(0);
    assertTrue(line.startsWith("sitrep: " + input + ": "), line);
    assertTrue(line.toLowerCase(java.util.Locale.ROOT).contains(problemWord), line);
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("", run.out());
  }

  private String file(String name, byte[] content) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, content);
    return path.toString();
  }

  @Test
  void reportsAMissingFile() {
    String missing = dir.resolve("nowhere.txt").toString();
    assertOneLineProblem(CommandRun.of("extract", missing), missing, "no such file");
  }

  @Test
  void reportsADirectory() {
    assertOneLineProblem(CommandRun.of("extract", dir.toString()), dir.toString(), "directory");
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    String empty = file("empty.txt", new byte[0]);
    assertOneLineProblem(CommandRun.of("extract", empty), empty, "empty");
  }

  @Test
  void reportsABinaryFile() throws IOException {
    String binary = file("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    CommandRun run = CommandRun.of("extract", binary);
    assertOneLineProblem(run, binary, "");
  }

  @Test
  void reportsAFileThatIsNotUtf8() throws IOException {
    byte[] latin1 = "Clashes near Dar\u00e2a left three dead.\n".getBytes(StandardCharsets.ISO_8859_1);
    String file = file("latin1.txt", latin1);
    assertOneLineProblem(CommandRun.of("extract", file), file, "utf-8");
  }

  @Test
  void reportsEmptyStandardInputByName() {
    assertOneLineProblem(CommandRun.withStdin(new byte[0], "extract", "-"), "stdin", "empty");
  }

  @Test
  void reportsEachBadFileAndStillExits2() throws IOException {
    String empty = file("empty.txt", new byte[0]);
    String missing = dir.resolve("nowhere.txt").toString();
    CommandRun run = CommandRun.of("extract", empty, missing);
    assertEquals(2, run.exitCode());
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("sitrep: " + empty + ": "));
    assertTrue(run.errLines().get(1).startsWith("sitrep: " + missing + ": "));
  }

  @Test
  void refusesAnImpossiblePublicationDate() {
    assertOneLineProblem(
        CommandRun.of("extract", "--published", "2017-02-30", "a.txt"), "--published", "not a date");
  }

  @Test
  void refusesAWordForAPublicationDate() {
    assertOneLineProblem(
        CommandRun.of("extract", "--published", "yesterday", "a.txt"), "--published", "yyyy-mm-dd");
  }

  @Test
  void refusesAnUnknownFlag() {
    assertOneLineProblem(CommandRun.of("extract", "--fast", "a.txt"), "--fast", "unknown option");
  }

  @Test
  void refusesAnUnknownFormatAndNamesTheKnownOnes() {
    CommandRun run = CommandRun.of("extract", "--format", "xml", "a.txt");
    assertOneLineProblem(run, "--format", "unknown format 'xml'");
    assertTrue(run.err().contains("jsonl, json, csv, text"));
  }

  @Test
  void refusesARunWithNoInput() {
    CommandRun run = CommandRun.of("extract");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("sitrep: no input given"));
  }

  @Test
  void reportsADataDirectoryThatCannotBeCreated() throws IOException {
    Path report = Files.writeString(dir.resolve("report.txt"), "Shelling hit Idlib on Monday.");
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "");
    CommandRun run = CommandRun.of("extract", "--data-dir",
        notADirectory.resolve("sitrep").toString(), report.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("sitrep: " + notADirectory.resolve("sitrep")), run.err());
    assertTrue(run.err().contains("cannot write or read "), run.err());
  }
}
