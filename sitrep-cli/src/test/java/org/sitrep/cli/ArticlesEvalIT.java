package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code eval articles} against its specification, score.py, on the saved runs of the shared gold
 * set (skipped when ../shared/eval/articles or python3 is not there), and the in-process run of the
 * real pipeline on a gold set written here from a shipped example.
 */
class ArticlesEvalIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> modes() {
    return Stream.of(
        Arguments.of(List.of()),
        Arguments.of(List.of("--plain")),
        Arguments.of(List.of("--articles", "we_")),
        Arguments.of(List.of("--articles", "!we_")),
        Arguments.of(List.of("--plain", "--articles", "we_")),
        Arguments.of(List.of("--plain", "--articles", "!we_")));
  }

  @ParameterizedTest
  @MethodSource("modes")
  void givesScorePysJsonOnEverySavedRun(List<String> mode) throws Exception {
    for (Path runFile : savedRuns()) {
      List<String> python = new ArrayList<>(List.of("--sys-output", runFile.toString(), "--quiet"));
      python.addAll(mode);
      List<String> java =
          new ArrayList<>(
              List.of("eval", "articles", "--sys-output", runFile.toString(), "--json"));
      java.addAll(mode);
      CommandRun run = CommandRun.of(java.toArray(String[]::new));
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(scorePy(python).strip(), run.out().strip(), runFile + " " + mode);
    }
  }

  @Test
  void printsScorePysTableAndDetails() throws Exception {
    for (Path runFile : savedRuns()) {
      String python = scorePy(List.of("--sys-output", runFile.toString()));
      // score.py ends with its JSON line, which the table mode leaves to --json.
      String table = python.substring(0, python.stripTrailing().lastIndexOf('\n') + 1);
      CommandRun run = CommandRun.of("eval", "articles", "--sys-output", runFile.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(table, run.out(), runFile.toString());
    }
  }

  @Test
  void runsThePipelineInProcessWithEachArticlesDate(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold").resolve("texts")).getParent();
    Files.copy(Path.of("..", "examples", "raqqa-clashes.txt"), gold.resolve("texts/raqqa_1.txt"));
    Files.writeString(
        gold.resolve("articles.jsonl"),
        "{\"article\": \"raqqa_1\", \"published\": \"2025-03-12\", \"conflict\": true}\n"
            + "{\"article\": \"lost_1\", \"published\": \"2025-03-12\", \"conflict\": false}\n");
    // "on Tuesday" is 11 March only if the article's own date reaches the pipeline.
    Files.writeString(
        gold.resolve("gold.jsonl"),
        "{\"article\": \"raqqa_1\", \"event_date\": \"2025-03-11\", \"event_type\": \"Battles\","
            + " \"sub_event_type\": \"Armed clash\", \"actor1\": [\"islamic state\"],"
            + " \"actor2\": [\"syrian democratic forces\", \"sdf\"], \"location\": \"Raqqa\","
            + " \"alt_locations\": [\"ar raqqah\"], \"latitude\": 35.95, \"longitude\": 39.01,"
            + " \"country\": \"Syria\", \"fatalities\": 13, \"fatalities_alt\": [9],"
            + " \"geo_level\": \"town\", \"evidence\": \"At least nine members of the Syrian"
            + " Democratic Forces were killed on Tuesday when Islamic State fighters attacked two"
            + " of their positions on the eastern edge of Raqqa, a spokesman for the Kurdish-led"
            + " alliance said.\"}\n");
    Path saved = dir.resolve("saved.jsonl");

    CommandRun run =
        CommandRun.of(
            "eval",
            "articles",
            gold.toString(),
            "--json",
            "--threads",
            "2",
            "--save-sys",
            saved.toString());

    assertEquals(2, run.exitCode(), "a missing text is a bad input: " + run.err());
    assertEquals(
        List.of("sitrep: " + gold.resolve("texts").resolve("lost_1.txt") + ": no such file"),
        run.errLines());
    ObjectNode report = (ObjectNode) MAPPER.readTree(run.out());
    assertEquals(2, report.get("n_articles").asInt());
    assertEquals(1, report.get("tp").asInt(), run.out());
    assertEquals(1.0, report.get("event_date").asDouble(), run.out());
    assertTrue(report.get("n_sys").asInt() >= 1);
    assertEquals(0.0, report.get("false_alarms_per_nonconflict").asDouble());

    // The saved events, scored again, give the same figures: one matcher for both.
    CommandRun again =
        CommandRun.of(
            "eval", "articles", gold.toString(), "--json", "--sys-output", saved.toString());
    ObjectNode rescored = (ObjectNode) MAPPER.readTree(again.out());
    for (String key : List.of("system", "sitrep_seconds", "failed_articles")) {
      report.remove(key);
      rescored.remove(key);
    }
    assertEquals(report, rescored);
  }

  /** The saved runs beside the repository; the test is skipped without them or python3. */
  private static List<Path> savedRuns() throws IOException {
    Path dir = RepositoryRoot.beside(ArticlesEvalCommand.DEFAULT_DIR).orElse(Path.of("none"));
    assumeTrue(Files.isRegularFile(dir.resolve("score.py")), "no " + dir + "/score.py");
    assumeTrue(Files.isDirectory(dir.resolve("runs")), "no " + dir + "/runs");
    assumeTrue(python3Runs(), "no python3");
    List<Path> runs = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("runs"), "*.jsonl")) {
      files.forEach(runs::add);
    }
    assumeTrue(!runs.isEmpty(), "no saved run in " + dir + "/runs");
    runs.sort(null);
    return runs;
  }

  private static boolean python3Runs() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String scorePy(List<String> args) throws Exception {
    Path script =
        RepositoryRoot.beside(ArticlesEvalCommand.DEFAULT_DIR).orElseThrow().resolve("score.py");
    List<String> command = new ArrayList<>(List.of("python3", script.toString()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py did not finish");
    assertEquals(0, p.exitValue(), "score.py failed: " + command);
    return out;
  }
}
