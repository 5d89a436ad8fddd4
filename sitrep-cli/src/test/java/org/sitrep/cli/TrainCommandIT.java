package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep train} and {@code sitrep eval types} on files the test writes, with the real embedder. */
class TrainCommandIT {
  @TempDir Path dir;

  private Path desk() throws Exception {
    StringBuilder rows = new StringBuilder("text\tsub_event_type\n");
    String[] places = {"Goma", "Kidal", "Marawi", "Idlib", "Kherson", "Tillaberi"};
    for (String place : places) {
      rows.append("Warplanes bombed positions near ").append(place).append(".\tAir/drone strike\n");
      rows.append("Students marched peacefully through ").append(place).append(".\tPeaceful protest\n");
      rows.append("The governor of ").append(place).append(" opened a new school.\tNot an event\n");
    }
    rows.append("a row with no label\t\n");
    rows.append("one\ttoo\tmany\n");
    Path file = dir.resolve("desk.tsv");
    Files.writeString(file, rows);
    return file;
  }

  @Test
  void trainsScoresAndWritesAModelThatExtractAndEvalUse() throws Exception {
    Path model = dir.resolve("desk.model");
    CommandRun run = CommandRun.of("train", "--gold", desk().toString(), "--out", model.toString(),
        "--folds", "3", "--no-base-set");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains(dir.resolve("desk.tsv") + ":20: no sub_event_type; skipped"), run.err());
    assertTrue(run.err().contains(":21: expected 2 tab-separated fields, found 3; skipped"), run.err());
    assertTrue(run.err().contains("18 passages of 3 labels (2 rows skipped)"), run.err());
    assertTrue(run.out().startsWith("3-fold cross-validation\nn 18  accuracy "), run.out());
    assertTrue(run.out().contains("confusion (rows: gold, columns: guessed"), run.out());
    assertTrue(Files.size(model) > 1000);

    Path test = dir.resolve("test.tsv");
    Files.writeString(test, "id\tEventSnippet\tSubType\n1\tJets bombed a depot near Sevare.\tAIR_STRIKE\n"
        + "2\tNurses marched through Blantyre.\tPEACE_PROTEST\n");
    Path rows = dir.resolve("rows.jsonl");
    CommandRun eval = CommandRun.of("eval", "types", test.toString(), "--model", model.toString(),
        "--json", "--rows", rows.toString());
    assertEquals(0, eval.exitCode(), eval.err());
    assertTrue(eval.out().startsWith("{\"n\":2,\"accuracy\":1.0,"), eval.out());
    // Each passage's gold type, the guess and the typer's three likeliest types.
    var lines = Files.readAllLines(rows);
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("{\"origin\":\"test.tsv:2\",\"text\":\"Jets bombed a"
        + " depot near Sevare.\",\"gold\":\"Air/drone strike\",\"guess\":\"Air/drone strike\","
        + "\"top\":[{\"type\":\"Air/drone strike\",\"probability\":"), lines.get(0));
    assertEquals(3, lines.get(1).split("\"type\"").length - 1, lines.get(1));

    // Given twice, the models' probabilities are averaged: the same model twice reads the same.
    CommandRun twice = CommandRun.of("eval", "types", test.toString(), "--model", model.toString(),
        "--model", model.toString(), "--json");
    assertEquals(0, twice.exitCode(), twice.err());
    assertEquals(eval.out(), twice.out());
  }

  @Test
  void theBundledAdapterIsMiniLmsAndRefusesAnotherEmbedder() throws Exception {
    CommandRun run = CommandRun.of("train", "--gold", desk().toString(), "--no-base-set",
        "--adapter", "bundled", "--embedder", "e5-small-v2-q", "--out",
        dir.resolve("e5.model").toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: --adapter: the bundled adapter is tuned from all-minilm-l6-v2-q, not"
        + " e5-small-v2-q (give --embedder all-minilm-l6-v2-q)", run.err().lines()
        .filter(l -> !l.contains("skipped")).findFirst().orElse(""));
  }

  @Test
  void learnsSitrepsOwnSetBesideTheDesksAndScoresTheDesksAlone() throws Exception {
    Path model = dir.resolve("beside.model");
    CommandRun run = CommandRun.of("train", "--gold", desk().toString(), "--out", model.toString(),
        "--folds", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("18 passages of 3 labels (2 rows skipped), learnt beside"
        + " Sitrep's own "), run.err());
    // The desk's 18 weigh as much as Sitrep's thousands: each as hundreds of Sitrep's.
    assertTrue(run.out().startsWith("18 --gold passages beside "), run.out());
    assertTrue(run.out().contains(" so that together they weigh as much\n\n2-fold"
        + " cross-validation of the --gold passages, Sitrep's own set in every fold's training\n"
        + "n 18  accuracy "), run.out());
    // The desk coded no abduction and no shelling; Sitrep's own set knows them.
    Path test = dir.resolve("unseen.tsv");
    Files.writeString(test, "text\tsub_event_type\n"
        + "Gunmen abducted three aid workers on the road to Kitui and took them into the forest."
        + "\tAbduction/forced disappearance\n"
        + "Artillery shells fired from across the river hit homes in Sumy overnight."
        + "\tShelling/artillery/missile attack\n"
        + "Jets bombed a depot near Sevare.\tAir/drone strike\n");
    CommandRun eval = CommandRun.of("eval", "types", test.toString(), "--model", model.toString(),
        "--json");
    assertEquals(0, eval.exitCode(), eval.err());
    assertTrue(eval.out().startsWith("{\"n\":3,\"accuracy\":1.0,"), eval.out());
  }

  @Test
  void refusesToLearnNothing() throws Exception {
    CommandRun run = CommandRun.of("train", "--no-base-set", "--out",
        dir.resolve("m.model").toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: --no-base-set: give the passages to learn with --gold FILE",
        run.err().strip());
  }

  @Test
  void anotherSeedShufflesDifferentlyAndTypesTheSame() throws Exception {
    Path one = dir.resolve("one.model");
    Path other = dir.resolve("other.model");
    assertEquals(0, CommandRun.of("train", "--gold", desk().toString(), "--out", one.toString(),
        "--folds", "0", "--no-base-set").exitCode());
    CommandRun run = CommandRun.of("train", "--gold", desk().toString(), "--out", other.toString(),
        "--folds", "0", "--seed", "7", "--no-base-set");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(!java.util.Arrays.equals(Files.readAllBytes(one), Files.readAllBytes(other)),
        "the seed changed nothing");
    Path test = dir.resolve("seeds.tsv");
    Files.writeString(test, "text\tsub_event_type\nJets bombed a depot near Sevare.\tAir/drone strike\n"
        + "Nurses marched through Blantyre.\tPeaceful protest\n");
    for (Path model : new Path[] {one, other}) {
      CommandRun eval = CommandRun.of("eval", "types", test.toString(), "--model", model.toString(),
          "--json");
      assertTrue(eval.out().startsWith("{\"n\":2,\"accuracy\":1.0,"), eval.out());
    }
  }

  @Test
  void anUnknownLabelIsAnErrorNamingIt() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "notes,sub_event_type\nSoldiers fought rebels.,Battle\n");
    CommandRun run = CommandRun.of("train", "--gold", file.toString(), "--out",
        dir.resolve("m").toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: " + file + ":2: unknown sub_event_type \"Battle\" (expected one of"
        + " ACLED's 25, \"Not an event\" or a CASE 2021 name)", run.err().strip());
  }

  @Test
  void aMissingOrDamagedModelIsOneLineAndExit2() throws Exception {
    Path text = dir.resolve("report.txt");
    Files.writeString(text, "Rebels attacked an army post near Gao on Monday.");
    CommandRun missing = CommandRun.of("extract", "--model", dir.resolve("none.model").toString(),
        text.toString());
    assertEquals(2, missing.exitCode());
    assertEquals("sitrep: " + dir.resolve("none.model") + ": no such model file",
        missing.err().strip());
    Path damaged = dir.resolve("damaged.model");
    Files.writeString(damaged, "not a model");
    CommandRun bad = CommandRun.of("eval", "types", desk().toString(), "--model", damaged.toString());
    assertEquals(2, bad.exitCode());
    assertEquals("sitrep: " + damaged + ": not a Sitrep type model", bad.err().lines()
        .filter(l -> !l.contains("skipped")).findFirst().orElse(""));
  }

  @Test
  void refusesModelAndNoModelTogetherAndTheTyperWithoutAModel() throws Exception {
    CommandRun both = CommandRun.of("eval", "types", "--model", "m.model", "--no-model",
        desk().toString());
    assertEquals(2, both.exitCode());
    assertEquals("sitrep: --model and --no-model: give one or the other"
        + " (see 'sitrep eval types --help')", both.err().strip());
    CommandRun none = CommandRun.of("eval", "types", "--no-model", desk().toString());
    assertEquals(2, none.exitCode());
    assertEquals("sitrep: --no-model: the typer needs a model; use --by pipeline to score the"
        + " rules alone", none.err().strip());
  }

  @Test
  void refusesADirectoryAsTheModelFileBeforeEmbedding() throws Exception {
    CommandRun run = CommandRun.of("train", "--gold", desk().toString(), "--out", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: " + dir + ": is a directory; name the model file to write",
        run.err().strip());
  }

  @Test
  void refusesARowsFileItCannotWriteBeforeScoring() throws Exception {
    Path missing = dir.resolve("no-such-dir").resolve("rows.jsonl");
    CommandRun run = CommandRun.of("eval", "types", desk().toString(), "--rows",
        missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: --rows: " + missing + ": its directory does not exist",
        run.err().strip());
  }
}
