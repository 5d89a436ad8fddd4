package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval articles} on a tiny gold set written here, scoring saved events (no pipeline), and
 * its one-line refusals.
 */
class ArticlesEvalCommandTest {
  private static final String SENTENCE =
      "Northern Front fighters stormed army posts in Ytown on Sunday.";

  @TempDir Path dir;
  private Path gold;
  private Path events;

  @BeforeEach
  void writeAGoldSet() throws IOException {
    gold = Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(gold.resolve("texts"));
    Files.writeString(
        gold.resolve("articles.jsonl"),
        "{\"article\": \"clash_1\", \"published\": \"2024-03-11\", \"conflict\": true}\n"
            + "{\"article\": \"control_1\", \"published\": \"2024-03-11\", \"conflict\": false}\n");
    Files.writeString(
        gold.resolve("gold.jsonl"),
        "{\"article\": \"clash_1\", \"event_date\": \"2024-03-10\", \"event_type\": \"Battles\","
            + " \"sub_event_type\": \"Armed clash\", \"actor1\": [\"northern front\"],"
            + " \"actor2\": [\"military forces of xland\"], \"location\": \"Ytown\","
            + " \"latitude\": 36.0, \"longitude\": 66.8, \"country\": \"Xland\", \"fatalities\": 0,"
            + " \"evidence\": \""
            + SENTENCE
            + "\", \"geo_level\": \"town\"}\n");
    events = dir.resolve("events.jsonl");
    Files.writeString(
        events,
        event("clash_1", "Ytown", SENTENCE)
            + event("control_1", "Ztown", "Ztown remembers the battle of 1805.")
            + "{\"rejected\": true, \"article\": \"texts/clash_1.txt\"}\n");
  }

  private static String event(String article, String place, String sentence) {
    return "{\"article\": \"texts/"
        + article
        + ".txt\", \"event_date\": \"2024-03-10\","
        + " \"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\","
        + " \"actor1\": \"Northern Front\", \"actor2\": null, \"country\": \"Xland\","
        + " \"location\": \""
        + place
        + "\", \"latitude\": 36.01, \"longitude\": 66.8,"
        + " \"fatalities\": 0, \"evidence\": [{\"field\": \"sentence\", \"text\": \""
        + sentence
        + "\"}]}\n";
  }

  @Test
  void scoresSavedEventsAsOneJsonObject() {
    CommandRun run =
        CommandRun.of(
            "eval", "articles", gold.toString(), "--sys-output", events.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "{\"n_articles\": 2, \"n_gold\": 1, \"n_sys\": 2, \"precision\": 0.5, \"recall\": 1.0,"
            + " \"f1\": 0.667, \"event_type\": 1.0, \"sub_event_type\": 1.0, \"actor1\": 1.0,"
            + " \"actor2\": 0.0, \"location_25km\": 1.0, \"country\": 1.0, \"fatalities\": 1.0,"
            + " \"event_date\": 1.0, \"false_alarms_per_nonconflict\": 1.0, \"tp\": 1,"
            + " \"tp_same_sentence\": 1, \"matched_optional\": 0, \"system\": \""
            + events
            + "\","
            + " \"matching\": \"evidence-aware\"}",
        run.out().strip());
  }

  @Test
  void printsTheTableAndTheDetailsUnlessToldNot() {
    CommandRun run =
        CommandRun.of("eval", "articles", gold.toString(), "--sys-output", events.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("\ntotal                           1    0    2    1    1    0\n"),
        run.out());
    assertTrue(run.out().contains("  ! SPURIOUS  2024-03-10 Battles/Armed clash"), run.out());
    assertTrue(run.out().contains("      from: Ztown remembers the battle of 1805."), run.out());
    CommandRun brief =
        CommandRun.of(
            "eval", "articles", gold.toString(), "--sys-output", events.toString(), "--no-details");
    assertFalse(brief.out().contains("SPURIOUS"), brief.out());
  }

  @Test
  void filtersArticlesAndSavesTheScoredEvents() throws IOException {
    Path saved = dir.resolve("saved.jsonl");
    CommandRun run =
        CommandRun.of(
            "eval",
            "articles",
            gold.toString(),
            "--sys-output",
            events.toString(),
            "--articles",
            "!control",
            "--plain",
            "--save-sys",
            saved.toString(),
            "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("\"n_articles\": 1, \"n_gold\": 1, \"n_sys\": 1, \"precision\": 1.0"),
        run.out());
    assertTrue(
        run.out().contains("\"articles_filter\": \"!control\", \"matching\": \"plain\""),
        run.out());
    // As score.py: the records read, whatever the filter, less those without an event type.
    assertEquals(2, Files.readAllLines(saved).size());
  }

  @Test
  void aMissingFolderIsOneLineAndExit2() {
    Path missing = dir.resolve("nowhere");
    CommandRun run = CommandRun.of("eval", "articles", missing.toString(), "--json");
    assertEquals(2, run.exitCode());
    assertEquals(
        "sitrep: "
            + missing
            + ": no such folder; expected articles.jsonl, gold.jsonl and texts/ in it",
        run.err().strip());
  }

  @Test
  void aMalformedGoldLineIsNamedWithItsFileAndLine() throws IOException {
    Files.writeString(gold.resolve("gold.jsonl"), "\n{\"article\": \"clash_1\"}\n");
    CommandRun run =
        CommandRun.of("eval", "articles", gold.toString(), "--sys-output", events.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "sitrep: "
            + gold.resolve("gold.jsonl")
            + ":2: event_date: missing; expected YYYY-MM-DD or null",
        run.err().strip());
  }

  @Test
  void refusesAFilterThatKeepsNothingAMissingEventsFileAndZeroThreads() {
    CommandRun none = CommandRun.of("eval", "articles", gold.toString(), "--articles", "we_");
    assertEquals(2, none.exitCode());
    assertEquals("sitrep: --articles we_: no article id starts so", none.err().strip());

    CommandRun noFile =
        CommandRun.of("eval", "articles", gold.toString(), "--sys-output", "no-such.jsonl");
    assertEquals(2, noFile.exitCode());
    assertEquals("sitrep: no-such.jsonl: no such file", noFile.err().strip());

    CommandRun zero = CommandRun.of("eval", "articles", gold.toString(), "--threads", "0");
    assertEquals(2, zero.exitCode());
    assertEquals(
        "sitrep: --threads: must be at least 1, was 0 (see 'sitrep eval articles --help')",
        zero.err().strip());

    Path nowhere = dir.resolve("no").resolve("saved.jsonl");
    CommandRun unwritable =
        CommandRun.of(
            "eval",
            "articles",
            gold.toString(),
            "--sys-output",
            events.toString(),
            "--save-sys",
            nowhere.toString());
    assertEquals(2, unwritable.exitCode());
    assertEquals(
        "sitrep: " + nowhere + ": cannot write: its folder does not exist",
        unwritable.err().strip());
  }
}
