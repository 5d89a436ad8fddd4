package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.SitrepConfig;

/**
 * The batch job in local mode on a corpus written here: the same events as {@code sitrep extract}
 * on the same files, each bad record an error of its own, and the reports of one event in two
 * articles merged into one record. One job run serves all the checks: a run costs the pipeline.
 */
class SparkJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 3, 12));

  @TempDir static Path dir;

  private static SparkSession spark;
  private static PipelineSettings pipeline;
  private static List<String> good;
  private static SparkJob.Summary summary;

  @BeforeAll
  static void runTheJob() throws IOException {
    spark = SparkSessions.local();
    pipeline = PipelineSettings.of(SitrepConfig.defaults());
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    good = Corpus.good(corpus);
    List<String> inputs = new ArrayList<>(good);
    inputs.addAll(Corpus.bad(corpus));
    summary = SparkJob.run(spark, new SparkJob.Options(inputs, dir.resolve("out").toString(),
        ReadSettings.of(PUBLISHED, ""), pipeline, true));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writesTheEventsExtractWritesOnTheSameFiles() throws Exception {
    List<String> expected = Extract.jsonLines(Pipelines.get(pipeline), good,
        ReadSettings.of(PUBLISHED, "").options());
    List<String> written = lines(dir.resolve("out/jsonl"), "part-");
    assertFalse(expected.isEmpty());
    assertEquals(new HashSet<>(expected), new HashSet<>(written));
    assertEquals(expected.size(), written.size(), "no event written twice");
    assertEquals(expected.size(), summary.events());
  }

  @Test
  void writesTheSameEventsToParquetWithNestedEvidence() throws IOException {
    Dataset<Row> events = spark.read().parquet(dir.resolve("out/parquet").toString());
    assertEquals(lines(dir.resolve("out/jsonl"), "part-").size(), events.count());
    assertEquals("array<struct<field:string,text:string,start:int,end:int,note:string>>",
        events.schema().apply("evidence").dataType().simpleString());
    Row first = events.orderBy("event_id").first();
    assertTrue(first.getList(first.fieldIndex("evidence")).size() > 0);
  }

  @Test
  void countsEachBadRecordAsAnErrorWithItsIdAndReason() throws IOException {
    Map<String, JsonNode> errors = new HashMap<>();
    for (String line : lines(dir.resolve("out/errors"), "part-")) {
      JsonNode e = JSON.readTree(line);
      errors.put(e.get("id").asText(), e);
    }
    assertEquals("skipped", errors.get("french").get("status").asText());
    assertTrue(errors.get("huge").get("reason").asText().contains("more than one report holds"),
        errors.get("huge").toString());
    assertTrue(errors.keySet().stream().anyMatch(id -> id.endsWith("mixed.jsonl#2")),
        errors.keySet().toString());
    assertTrue(errors.values().stream().anyMatch(e -> e.get("reason").asText()
        .contains("gzip data is cut off")), errors.toString());
    assertTrue(errors.values().stream().anyMatch(e -> e.get("reason").asText()
        .contains("WARC record without HTTP headers")), errors.toString());
    assertEquals(errors.size(), summary.errors());
    assertEquals(5, summary.articles(), "the good articles are all extracted");
  }

  @Test
  void mergesTheReportsOfOneEventInTwoArticlesIntoOneRecordListingBoth() throws IOException {
    List<String> events = lines(dir.resolve("out/jsonl"), "part-");
    List<JsonNode> merged = new ArrayList<>();
    for (String line : lines(dir.resolve("out/merged"), "part-")) {
      merged.add(JSON.readTree(line));
    }
    assertEquals(merged.size(), summary.merged());
    // Every event is a source of exactly one record.
    List<String> sources = new ArrayList<>();
    merged.forEach(m -> m.get("sources").forEach(s -> sources.add(s.get("event_id").asText())));
    assertEquals(events.size(), sources.size());
    assertEquals(events.size(), new HashSet<>(sources).size());
    // The page and the text of one Raqqa report tell the same events: each is one record of two.
    JsonNode clash = merged.stream()
        .filter(m -> m.get("article").asText().contains("raqqa")).findFirst().orElseThrow();
    assertEquals(2, clash.get("reports").asInt(), clash.toString());
    List<String> articles = new ArrayList<>();
    clash.get("sources").forEach(s -> articles.add(s.get("article").asText()));
    assertTrue(articles.stream().anyMatch(a -> a.endsWith("raqqa.txt")), articles.toString());
    assertTrue(articles.stream().anyMatch(a -> a.endsWith("raqqa.html")), articles.toString());
    assertTrue(merged.size() < events.size());
  }

  static List<String> lines(Path folder, String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
