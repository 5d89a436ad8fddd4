package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * The batch job storing into a real embedded PostgreSQL, opened by the tasks as {@code
 * spark-local --store} opens it: the store holds the events the job wrote to {@code jsonl/}, and
 * a second run over the same files stores nothing new.
 */
class SparkStoreIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReadSettings READ = ReadSettings.of(Optional.of(LocalDate.of(2025, 3, 12)),
      "");

  @TempDir Path dir;

  @Test
  void storesTheEventsOfJsonlAndARerunStoresNothingNew() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<String> inputs = Corpus.good(corpus);
    Path dataDir = dir.resolve("data");
    StoreSettings store = StoreSettings.of(dataDir, Optional.empty());
    PipelineSettings pipeline = PipelineSettings.of(SitrepConfig.defaults());
    SparkSession spark = SparkSessions.local();
    SparkJob.Summary first;
    SparkJob.Summary second;
    try {
      first = run(spark, inputs, pipeline, store, dir.resolve("out1"));
      checkStoreHoldsTheJsonl(dataDir, inputs, first, dir.resolve("out1/jsonl"));
      long[] before = counts(dataDir);

      second = run(spark, inputs, pipeline, store, dir.resolve("out2"));
      assertEquals(0, second.stored(), "nothing stored twice");
      assertEquals(first.articles(), second.alreadyStored());
      assertEquals(first.events(), second.events(), "the folders are written all the same");
      assertEquals(before[0], counts(dataDir)[0], "articles in the store");
      assertEquals(before[1], counts(dataDir)[1], "events in the store");
    } finally {
      spark.stop();
    }
  }

  /**
   * A store out of reach (a server down, a network cut) refuses every article: each is an error of
   * its own with the store's reason, none is written to the folders, and the job ends normally.
   */
  @Test
  void anArticleTheStoreRefusesIsAnErrorOfItsOwnAndTheJobGoesOn() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<String> inputs = Corpus.good(corpus);
    StoreSettings down = StoreSettings.of(dir.resolve("unused"),
        Optional.of("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"));
    SparkSession spark = SparkSessions.local();
    SparkJob.Summary summary;
    try {
      summary = run(spark, inputs, PipelineSettings.of(SitrepConfig.defaults()), down,
          dir.resolve("out"));
    } finally {
      spark.stop();
    }
    List<String> errors = SparkJobIT.lines(dir.resolve("out/errors"), "part-");
    assertEquals(5, errors.size(), errors.toString());
    for (String line : errors) {
      JsonNode e = JSON.readTree(line);
      assertEquals("failed", e.get("status").asText());
      assertTrue(e.get("reason").asText().contains("127.0.0.1:1"), line);
    }
    assertEquals(5, summary.failed());
    assertEquals(0, summary.articles());
    assertEquals(List.of(), SparkJobIT.lines(dir.resolve("out/jsonl"), "part-"));
  }

  /**
   * The streaming job storing into a server named by URL, as a cluster's executors reach it
   * ({@code --db}): two micro-batches, then the whole folder again under a new checkpoint (every
   * file replayed), which stores nothing new.
   */
  @Test
  void aStreamStoresEachMicroBatchInAServerAndAReplayStoresNothingNew() throws Exception {
    Path incoming = Files.createDirectories(dir.resolve("incoming"));
    Path staging = Files.createDirectories(dir.resolve("staging"));
    PipelineSettings pipeline = PipelineSettings.of(SitrepConfig.defaults());
    SparkSession spark = SparkSessions.local();
    try (EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true).start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      StoreSettings store = StoreSettings.of(dir.resolve("unused"), Optional.of(url));
      List<String> files = new ArrayList<>();
      files.add(arrive(staging, incoming, "first.jsonl",
          Corpus.record("mosul", Corpus.example("mosul-strike.txt"), "2025-06-05") + "\n"));
      stream(spark, incoming, dir.resolve("ck1"), dir.resolve("out1"), pipeline, store);
      files.add(arrive(staging, incoming, "second.jsonl",
          Corpus.record("raqqa", Corpus.example("raqqa-clashes.txt"), "2025-03-12") + "\n"
              + Corpus.record("idlib", Corpus.example("idlib-shelling.txt"), "2025-03-12")
              + "\n"));
      stream(spark, incoming, dir.resolve("ck1"), dir.resolve("out1"), pipeline, store);

      List<String> written = new ArrayList<>();
      try (Stream<Path> parts = Files.walk(dir.resolve("out1/jsonl"))) {
        for (Path f : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
            .toList()) {
          written.addAll(Files.readAllLines(f));
        }
      }
      long[] before;
      try (PostgresStore query = Stores.open(dir.resolve("unused"), Optional.of(url), Map.of())) {
        List<Article> articles = articles(files);
        assertEquals(3, articles.size());
        assertEquals(3, query.articleCount());
        long merged = 0;
        for (Article a : articles) {
          merged += query.mergedInto(query.article(ContentHash.of(a)).orElseThrow().id()).size();
        }
        assertFalse(written.isEmpty());
        assertEquals(written.size(), query.eventCount() + merged, "each event of jsonl stored");
        before = new long[] {query.articleCount(), query.eventCount()};
      }

      stream(spark, incoming, dir.resolve("ck2"), dir.resolve("out2"), pipeline, store);
      try (PostgresStore query = Stores.open(dir.resolve("unused"), Optional.of(url), Map.of())) {
        assertEquals(before[0], query.articleCount(), "articles after the replay");
        assertEquals(before[1], query.eventCount(), "events after the replay");
      }
    } finally {
      spark.stop();
    }
  }

  private static void stream(SparkSession spark, Path incoming, Path checkpoint, Path out,
      PipelineSettings pipeline, StoreSettings store) throws Exception {
    try {
      StreamJob.start(spark, new StreamJob.Options(new StreamInput.Folder(incoming.toString()),
          checkpoint.toString(), out.toString(), READ, pipeline, store), true, 0)
          .awaitTermination();
    } finally {
      Sinks.closeAll();
    }
  }

  /** A file written elsewhere and moved in whole, as the stream's folder requires. */
  private static String arrive(Path staging, Path incoming, String name, String text)
      throws Exception {
    Path file = Files.writeString(staging.resolve(name), text);
    return Files.move(file, incoming.resolve(name), StandardCopyOption.ATOMIC_MOVE).toString();
  }

  /** One run in local mode, the store closed at its end as spark-local closes it. */
  private static SparkJob.Summary run(SparkSession spark, List<String> inputs,
      PipelineSettings pipeline, StoreSettings store, Path out) {
    try {
      return SparkJob.run(spark, new SparkJob.Options(inputs, out.toString(), READ, pipeline,
          false, store));
    } finally {
      Sinks.closeAll();
    }
  }

  /**
   * Each stored article holds the events the job wrote for it: its own events (the same sub-event
   * types and fatalities where no other report was merged in) plus its reports merged into
   * events another article reported first. Inputs of one text (a page and its crawl record) are
   * one article in the store, and the first one stored holds the events.
   */
  private static void checkStoreHoldsTheJsonl(Path dataDir, List<String> inputs,
      SparkJob.Summary summary, Path jsonl) throws Exception {
    Map<String, List<String>> written = new HashMap<>();
    for (String line : SparkJobIT.lines(jsonl, "part-")) {
      JsonNode e = JSON.readTree(line);
      written.computeIfAbsent(e.get("article").asText(), a -> new ArrayList<>())
          .add(e.get("sub_event_type").asText() + "/" + e.get("fatalities").asText());
    }
    Map<ContentHash, List<Article>> texts = new LinkedHashMap<>();
    for (Article a : articles(inputs)) {
      texts.computeIfAbsent(ContentHash.of(a), h -> new ArrayList<>()).add(a);
    }
    assertFalse(written.isEmpty());
    assertEquals(summary.articles(), summary.stored() + summary.alreadyStored());
    assertEquals(texts.size(), summary.stored(), "one stored article per text");
    try (PostgresStore query = Stores.open(dataDir, Optional.empty(), Map.of())) {
      assertEquals(texts.size(), query.articleCount());
      long own = 0;
      long merged = 0;
      for (ContentHash hash : texts.keySet()) {
        StoredArticle stored = query.article(hash).orElseThrow();
        List<String> expected = written.getOrDefault(stored.inputId(), List.of());
        List<StoredEvent> events = query.eventsOf(stored.id());
        List<Long> into = query.mergedInto(stored.id());
        assertEquals(expected.size(), events.size() + into.size(), stored.inputId());
        List<String> left = new ArrayList<>(expected);
        for (StoredEvent e : events) {
          String typed = e.event().subEventType().label();
          String line = typed + "/" + e.event().fatalities();
          boolean alone = query.sourcesOf(e.id()).size() == 1;
          assertTrue(alone ? left.remove(line)
              : left.removeIf(l -> l.startsWith(typed + "/")), stored.inputId() + ": " + line
                  + " not among " + expected);
        }
        own += events.size();
        merged += into.size();
      }
      assertEquals(query.eventCount(), own);
      // Every event written for a stored article is in the store, as an event or a source of one.
      long writtenForStored = texts.values().stream().mapToLong(same -> same.stream()
          .filter(a -> query.article(ContentHash.of(a)).orElseThrow().inputId().equals(a.id()))
          .mapToLong(a -> written.getOrDefault(a.id(), List.of()).size()).sum()).sum();
      assertEquals(writtenForStored, own + merged);
      // The page and the text of the Raqqa report, stored by two tasks: one holds the events.
      assertTrue(merged > 0, "reports merged across articles");
    }
  }

  private static long[] counts(Path dataDir) {
    try (PostgresStore query = Stores.open(dataDir, Optional.empty(), Map.of())) {
      return new long[] {query.articleCount(), query.eventCount()};
    }
  }

  /** The articles of the inputs as the job reads them, for their content hashes. */
  private static List<Article> articles(List<String> inputs) throws Exception {
    List<Article> out = Collections.synchronizedList(new ArrayList<>());
    new Batch<Article>(new ArticleReaders(), a -> a, 1, true).run(inputs, READ.options(),
        outcome -> {
          if (outcome instanceof Batch.Done<Article> done) {
            out.add(done.article());
          }
        });
    return out;
  }
}
