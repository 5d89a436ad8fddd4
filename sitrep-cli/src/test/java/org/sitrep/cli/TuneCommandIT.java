package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep tune} on a file the test writes, in PyTorch, and {@code sitrep train --adapter}
 * over what it made.
 */
class TuneCommandIT {
  @TempDir Path dir;

  private Path desk() throws Exception {
    StringBuilder rows = new StringBuilder("text\tsub_event_type\n");
    String[] places = {"Kitgum", "Lira", "Gulu", "Moroto"};
    for (String place : places) {
      rows.append("Warplanes bombed positions near ").append(place).append(".\tAir/drone strike\n");
      rows.append("Students marched peacefully through ").append(place).append(".\tPeaceful protest\n");
      rows.append("The governor of ").append(place).append(" opened a new school.\tNot an event\n");
    }
    rows.append("a row with no label\t\n");
    Path file = dir.resolve("desk.tsv");
    Files.writeString(file, rows);
    return file;
  }

  @Test
  void tunesWritesAnAdapterAndTrainsATypeModelOverIt() throws Exception {
    Path adapter = dir.resolve("desk.adapter");
    CommandRun run = CommandRun.of("tune", "--gold", desk().toString(), "--no-base-set",
        "--epochs", "1", "--rank", "2", "--out", adapter.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains(dir.resolve("desk.tsv") + ":14: no sub_event_type; skipped"),
        run.err());
    assertTrue(run.err().contains("tuning all-minilm-l6-v2-q on 12 passages of 3 labels (1 rows"
        + " skipped)"), run.err());
    assertTrue(run.err().contains("tuning steps 1 of 1 (100%)"), run.err());
    assertTrue(run.out().startsWith("mean loss by epoch: "), run.out());
    assertTrue(!run.out().contains("NaN"), run.out());
    assertTrue(run.out().contains("wrote " + adapter + " ("), run.out());
    assertTrue(Files.size(adapter) > 100_000);

    Path model = dir.resolve("desk.model");
    CommandRun train = CommandRun.of("train", "--gold", desk().toString(), "--no-base-set",
        "--folds", "0", "--adapter", adapter.toString(), "--out", model.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertTrue(train.out().contains(", over the encoder tuned by adapter "), train.out());
    // The model keeps the adapter: --model alone reads it over the tuned encoder.
    Path test = dir.resolve("test.tsv");
    Files.writeString(test, "text\tsub_event_type\nJets bombed a depot near Hoima.\tAir/drone strike\n"
        + "Nurses marched through Kotido.\tPeaceful protest\n");
    CommandRun eval = CommandRun.of("eval", "types", test.toString(), "--model", model.toString(),
        "--json");
    assertEquals(0, eval.exitCode(), eval.err());
    assertTrue(eval.out().startsWith("{\"n\":2,"), eval.out());
  }

  @Test
  void aMissingDamagedOrForeignAdapterIsOneLineAndExit2() throws Exception {
    Path missing = dir.resolve("none.adapter");
    CommandRun none = CommandRun.of("train", "--gold", desk().toString(), "--adapter",
        missing.toString(), "--out", dir.resolve("m.model").toString());
    assertEquals(2, none.exitCode());
    assertEquals("sitrep: --adapter: " + missing + ": no such adapter file", none.err().strip());

    Path damaged = dir.resolve("damaged.adapter");
    Files.writeString(damaged, "not an adapter at all, just words");
    CommandRun bad = CommandRun.of("train", "--gold", desk().toString(), "--adapter",
        damaged.toString(), "--out", dir.resolve("m.model").toString());
    assertEquals(2, bad.exitCode());
    assertEquals("sitrep: --adapter: " + damaged + ": not a Sitrep encoder adapter",
        bad.err().strip());
  }

  @Test
  void refusesBadSettingsAndAnUnknownEncoderBeforeTuning() throws Exception {
    CommandRun epochs = CommandRun.of("tune", "--gold", desk().toString(), "--epochs", "0",
        "--out", dir.resolve("a").toString());
    assertEquals(2, epochs.exitCode());
    assertEquals("sitrep: --epochs, --rank: epochs, rank and batch must be at least 1, and the"
        + " learning rate above 0", epochs.err().strip());
    CommandRun embedder = CommandRun.of("tune", "--embedder", "gpt", "--out",
        dir.resolve("a").toString());
    assertEquals(2, embedder.exitCode());
    assertTrue(embedder.err().strip().startsWith("sitrep: --embedder: unknown embedder 'gpt'"),
        embedder.err());
    CommandRun other = CommandRun.of("tune", "--embedder", "bge-small-en-v1.5-q", "--out",
        dir.resolve("a").toString());
    assertEquals(2, other.exitCode());
    assertEquals("sitrep: --embedder: bge-small-en-v1.5-q cannot be tuned here (only"
        + " all-minilm-l6-v2-q: its full-precision weights ship with Sitrep)", other.err().strip());
    CommandRun into = CommandRun.of("tune", "--gold", desk().toString(), "--out", dir.toString());
    assertEquals(2, into.exitCode());
    assertEquals("sitrep: " + dir + ": is a directory; name the adapter file to write",
        into.err().strip());
  }
}
