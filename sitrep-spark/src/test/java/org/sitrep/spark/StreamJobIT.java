package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.SitrepConfig;

/** The streaming job stopped and restarted over a folder: every article once, none lost. */
class StreamJobIT {
  @TempDir Path dir;

  @Test
  void aRestartGoesOnWithTheNewFileAndRepeatsNoArticle() throws Exception {
    SparkSession spark = SparkSessions.local();
    try {
      PipelineSettings pipeline = PipelineSettings.of(SitrepConfig.defaults());
      Path incoming = Files.createDirectories(dir.resolve("incoming"));
      Path staging = Files.createDirectories(dir.resolve("staging"));
      StreamJob.Options options = new StreamJob.Options(
          new StreamInput.Folder(incoming.toString()), dir.resolve("checkpoint").toString(),
          dir.resolve("out").toString(),
          ReadSettings.of(Optional.empty(), ""), pipeline);

      Path first = arrive(staging, incoming, "first.jsonl",
          Corpus.record("mosul", Corpus.example("mosul-strike.txt"), "2025-06-05") + "\n");
      StreamJob.start(spark, options, true, 0).awaitTermination();
      Path second = arrive(staging, incoming, "second.jsonl",
          Corpus.record("raqqa", Corpus.example("raqqa-clashes.txt"), "2025-03-12") + "\n"
              + Corpus.record("idlib", Corpus.example("idlib-shelling.txt"), "2025-03-12") + "\n");
      // A new query on the same checkpoint: what a restart after a stop or a crash is.
      StreamJob.start(spark, options, true, 0).awaitTermination();

      List<String> expected = Extract.jsonLines(Pipelines.get(pipeline),
          List.of(first.toString(), second.toString()), ReadSettings.of(Optional.empty(), "")
              .options());
      List<String> written = new ArrayList<>();
      List<String> batches = new ArrayList<>();
      try (Stream<Path> files = Files.walk(dir.resolve("out/jsonl"))) {
        for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
          written.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
          batches.add(f.getParent().getFileName().toString());
        }
      }
      assertFalse(expected.isEmpty());
      assertEquals(expected.size(), written.size(), "each article's events once");
      assertEquals(new HashSet<>(expected), new HashSet<>(written));
      assertEquals(new HashSet<>(List.of("batch=0", "batch=1")), new HashSet<>(batches));
    } finally {
      spark.stop();
    }
  }

  /** A file written elsewhere and moved in whole, as the stream's folder requires. */
  private static Path arrive(Path staging, Path incoming, String name, String text)
      throws Exception {
    Path file = Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
    return Files.move(file, incoming.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }
}
