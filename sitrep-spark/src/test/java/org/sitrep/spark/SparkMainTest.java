package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparkMainTest {
  @Test
  void readsTheOptionsOfExtractAndTheInputs() {
    SparkMain.Args a = SparkMain.Args.parse(new String[] {"--out", "hdfs:///run", "--published",
        "2025-03-12", "--source", " Wire ", "--no-model", "--no-merge", "a.warc.gz", "b/"})
        .orElseThrow();
    assertEquals(List.of("a.warc.gz", "b/"), a.inputs());
    assertEquals("hdfs:///run", a.out());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), a.published());
    assertEquals("Wire", a.source());
    assertFalse(a.pipeline().learned());
    assertFalse(a.merge());
  }

  @Test
  void storesInTheServerOfDbOrTheDataDirectorysEmbeddedStoreOrNowhere() {
    assertEquals(StoreSettings.NONE, SparkMain.Args.parse(new String[] {"--out", "o", "a"})
        .orElseThrow().store());
    StoreSettings server = SparkMain.Args.parse(new String[] {"--out", "o", "--db",
        "jdbc:postgresql://db:5432/sitrep", "a"}).orElseThrow().store();
    assertTrue(server.on());
    assertFalse(server.embedded());
    assertEquals("jdbc:postgresql://db:5432/sitrep", server.url());
    StoreSettings embedded = SparkMain.Args.parse(new String[] {"--out", "o", "--store",
        "--data-dir", "/data/sitrep", "a"}).orElseThrow().store();
    assertTrue(embedded.embedded());
    assertEquals("/data/sitrep", embedded.dataDir());
  }

  @Test
  void refusesAnUnknownOptionAMissingValueOrNoOutput() {
    assertTrue(SparkMain.Args.parse(new String[] {"--out", "o", "--what", "a"}).isEmpty());
    assertTrue(SparkMain.Args.parse(new String[] {"a", "--out"}).isEmpty());
    assertTrue(SparkMain.Args.parse(new String[] {"a"}).isEmpty());
    assertTrue(SparkMain.Args.parse(new String[] {"--out", "o", "--published", "12/3", "a"})
        .isEmpty());
  }

  @Test
  void readsAKafkaTopicOrAFolderAsAStreamWithItsCheckpoint() {
    SparkMain.Args kafka = SparkMain.Args.parse(new String[] {"--out", "o", "--kafka",
        "k1:9092,k2:9092", "--topic", "wire", "--checkpoint", "c", "--once"}).orElseThrow();
    assertEquals(Optional.of(new StreamInput.Kafka("k1:9092,k2:9092", "wire")), kafka.stream());
    assertEquals("c", kafka.checkpoint());
    assertTrue(kafka.once());
    assertEquals(List.of(), kafka.inputs());
    SparkMain.Args folder = SparkMain.Args.parse(new String[] {"--out", "o", "--stream", "in",
        "--checkpoint", "c", "--every", "30"}).orElseThrow();
    assertEquals(Optional.of(new StreamInput.Folder("in")), folder.stream());
    assertFalse(folder.once());
    assertEquals(30, folder.every());
    assertTrue(SparkMain.Args.parse(new String[] {"--out", "o", "a"}).orElseThrow().stream()
        .isEmpty());
  }

  @Test
  void refusesAStreamWithInputsOrWithoutCheckpointOrTwoStreamsOrATopicAlone() {
    String[][] wrong = {
      {"--out", "o", "--kafka", "k:9092", "--topic", "t", "--checkpoint", "c", "a.jsonl"},
      {"--out", "o", "--kafka", "k:9092", "--topic", "t"},
      {"--out", "o", "--kafka", "k:9092", "--checkpoint", "c"},
      {"--out", "o", "--kafka", "k", "--topic", "t", "--checkpoint", "c"},
      {"--out", "o", "--stream", "in", "--kafka", "k:9092", "--topic", "t", "--checkpoint", "c"},
      {"--out", "o", "--topic", "t", "a.jsonl"},
      {"--out", "o", "--checkpoint", "c", "a.jsonl"},
      {"--out", "o", "--once", "a.jsonl"},
      {"--out", "o", "--stream", "in", "--checkpoint", "c", "--every", "0"},
    };
    for (String[] args : wrong) {
      assertTrue(SparkMain.Args.parse(args).isEmpty(), String.join(" ", args));
    }
  }
}
