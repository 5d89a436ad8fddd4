package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparkMainTest {
  @Test
  void readsTheOptionsOfExtractAndTheInputs() throws Exception {
    SparkMain.Args a = SparkMain.Args.parse(new String[] {"--out", "hdfs:///run", "--published",
        "2025-03-12", "--source", " Wire ", "--no-model", "--no-merge", "a.warc.gz", "b/"})
        ;
    assertEquals(List.of("a.warc.gz", "b/"), a.inputs());
    assertEquals("hdfs:///run", a.out());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), a.published());
    assertEquals("Wire", a.source());
    assertFalse(a.pipeline().learned());
    assertFalse(a.merge());
  }

  @Test
  void storesInTheServerOfDbOrTheDataDirectorysEmbeddedStoreOrNowhere() throws Exception {
    assertEquals(StoreSettings.NONE, SparkMain.Args.parse(new String[] {"--out", "o", "a"})
        .store());
    StoreSettings server = SparkMain.Args.parse(new String[] {"--out", "o", "--db",
        "jdbc:postgresql://db:5432/sitrep", "a"}).store();
    assertTrue(server.on());
    assertFalse(server.embedded());
    assertEquals("jdbc:postgresql://db:5432/sitrep", server.url());
    StoreSettings embedded = SparkMain.Args.parse(new String[] {"--out", "o", "--store",
        "--data-dir", "/data/sitrep", "a"}).store();
    assertTrue(embedded.embedded());
    assertEquals("/data/sitrep", embedded.dataDir());
  }

  @Test
  void namesAnUnknownOptionAMissingValueABadValueOrNoOutput() {
    assertRefused("unknown option --what", "--out", "o", "--what", "a");
    assertRefused("missing DIR after --out", "a", "--out");
    assertRefused("missing --out DIR", "a");
    assertRefused("--published 12/3: expected a date as YYYY-MM-DD",
        "--out", "o", "--published", "12/3", "a");
    assertRefused("name the INPUT files or folders, or --stream DIR, or --kafka HOST:PORT "
        + "--topic NAME", "--out", "o");
  }

  @Test
  void aMistakeIsOneLineThenTheUsage() {
    SparkMain.Misuse mistake = assertThrows(SparkMain.Misuse.class,
        () -> SparkMain.Args.parse(new String[] {"--out", "o", "--foo", "a"}));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SparkMain.refuse(mistake, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(List.of("sitrep: unknown option --foo", SparkMain.USAGE),
        bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void readsAKafkaTopicOrAFolderAsAStreamWithItsCheckpoint() throws Exception {
    SparkMain.Args kafka = SparkMain.Args.parse(new String[] {"--out", "o", "--kafka",
        "k1:9092,k2:9092", "--topic", "wire", "--checkpoint", "c", "--once"});
    assertEquals(Optional.of(new StreamInput.Kafka("k1:9092,k2:9092", "wire")), kafka.stream());
    assertEquals("c", kafka.checkpoint());
    assertTrue(kafka.once());
    assertEquals(List.of(), kafka.inputs());
    SparkMain.Args folder = SparkMain.Args.parse(new String[] {"--out", "o", "--stream", "in",
        "--checkpoint", "c", "--every", "30"});
    assertEquals(Optional.of(new StreamInput.Folder("in")), folder.stream());
    assertFalse(folder.once());
    assertEquals(30, folder.every());
    assertTrue(SparkMain.Args.parse(new String[] {"--out", "o", "a"}).stream()
        .isEmpty());
  }

  @Test
  void namesWhatIsWrongWithAStreamsOptions() {
    String[][] wrong = {
      {"--kafka HOST:PORT takes --checkpoint DIR and no INPUT",
        "--out", "o", "--kafka", "k:9092", "--topic", "t", "--checkpoint", "c", "a.jsonl"},
      {"--kafka HOST:PORT takes --checkpoint DIR and no INPUT",
        "--out", "o", "--kafka", "k:9092", "--topic", "t"},
      {"--stream DIR takes --checkpoint DIR and no INPUT", "--out", "o", "--stream", "in"},
      {"--kafka HOST:PORT takes --topic NAME",
        "--out", "o", "--kafka", "k:9092", "--checkpoint", "c"},
      {"--kafka k: expected HOST:PORT, or several joined by commas",
        "--out", "o", "--kafka", "k", "--topic", "t", "--checkpoint", "c"},
      {"give --stream DIR or --kafka HOST:PORT, not both",
        "--out", "o", "--stream", "in", "--kafka", "k:9092", "--topic", "t", "--checkpoint", "c"},
      {"--topic NAME goes with --kafka HOST:PORT", "--out", "o", "--topic", "t", "a.jsonl"},
      {"--checkpoint DIR goes with --stream DIR or --kafka HOST:PORT",
        "--out", "o", "--checkpoint", "c", "a.jsonl"},
      {"--once and --every go with --stream DIR or --kafka HOST:PORT",
        "--out", "o", "--once", "a.jsonl"},
      {"--every 0: expected at least 1 second",
        "--out", "o", "--stream", "in", "--checkpoint", "c", "--every", "0"},
      {"--every soon: expected a whole number of seconds",
        "--out", "o", "--stream", "in", "--checkpoint", "c", "--every", "soon"},
    };
    for (String[] w : wrong) {
      assertRefused(w[0], Arrays.copyOfRange(w, 1, w.length));
    }
  }

  private static void assertRefused(String problem, String... args) {
    SparkMain.Misuse mistake = assertThrows(SparkMain.Misuse.class,
        () -> SparkMain.Args.parse(args), String.join(" ", args));
    assertEquals(problem, mistake.getMessage(), String.join(" ", args));
  }
}
