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
}
