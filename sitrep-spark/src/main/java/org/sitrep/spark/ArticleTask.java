package org.sitrep.spark;

import org.sitrep.export.EventRecordJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreResult;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What becomes of one item in a task: one row holding all of its article's events, or why there
 * are none. An article's events travel in one row so that no output can hold half an article: a
 * row is written by one task, and a task's output is committed whole or not at all.
 */
final class ArticleTask {
  /** The article was read and extracted; it may have no events. */
  static final String DONE = "done";
  /** In another language than English: skipped, as {@code extract} skips it. */
  static final String SKIPPED = "skipped";
  /** The item cannot be read: a truncated gzip, a WARC record without HTTP headers, no text. */
  static final String FAILED = "failed";
  /** The extraction threw: a bug in Sitrep, named by the article. */
  static final String BUG = "bug";

  /**
   * One row per item: {@code events} are the lines {@code sitrep extract --format jsonl} writes,
   * {@code reports} the same events whole, for the merge stage ({@link EventRecordJson}); {@code
   * stored} whether the store took the article now (true) or held its text already (false), null
   * when not storing; {@code undated} the undated blocks its undated events go to ({@link
   * BlockPairs#undatedKey}), taken here where the events are objects so that the merge stage
   * need not read every report once more to find them.
   */
  static final StructType SCHEMA = new StructType()
      .add("input", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, true)
      .add("events", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("reports", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("stored", DataTypes.BooleanType, true)
      .add("undated", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** Configured once and never changed, so one instance serves every task thread. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleTask() {}

  static Row process(RawItem item, PipelineSettings settings, StoreSettings store) {
    if (!item.problem().isEmpty()) {
      // Nothing to extract: the pipeline is not loaded for a run of bad records.
      return row(item, FAILED, item.id() + ": " + item.problem(), List.of(), null);
    }
    // A text too long to be one report is a Failed outcome of the batch step, as in extract.
    Batch.Outcome<ExtractionResult> outcome =
        Pipelines.batch(settings).process(item.input(), item.item());
    if (outcome instanceof Batch.Done<ExtractionResult> done) {
      if (store.on()) {
        return stored(item, done.article(), done.result().events(), store);
      }
      return row(item, DONE, null, done.result().events(), null);
    }
    if (outcome instanceof Batch.Skipped<ExtractionResult> skipped) {
      return row(item, SKIPPED, skipped.why(), List.of(), null);
    }
    Batch.Failed<ExtractionResult> failed = (Batch.Failed<ExtractionResult>) outcome;
    return row(item, failed.bug() ? BUG : FAILED, failed.message(), List.of(), null);
  }

  /**
   * Stores the article with its events, here where both are at hand, so that no article travels
   * to the driver. The store takes a text once (its content hash is unique, and the insert of a
   * second copy waits for the first and writes nothing), so a task that Spark runs again after a
   * failure, a lost executor or a speculative copy, a cached partition computed again, a replayed
   * micro-batch, or a second run of the job over the same files stores nothing twice. An article
   * the store refuses is this article's error: none of it was stored, and its events are not
   * written to the folders either, so that they and the store hold the same articles.
   */
  private static Row stored(RawItem item, Article article, List<Event> events,
      StoreSettings store) {
    StoreResult result;
    try {
      result = Sinks.sink(store).store(article, events);
    } catch (StoreException e) {
      return row(item, FAILED, e.getMessage(), List.of(), null);
    } catch (RuntimeException e) {
      return row(item, BUG, article.id() + ": not stored: " + e, List.of(), null);
    }
    return row(item, DONE, null, events, result.stored());
  }

  private static Row row(RawItem item, String status, String reason, List<Event> events,
      Boolean stored) {
    EventJson json = new EventJson();
    List<String> lines = new ArrayList<>();
    List<String> reports = new ArrayList<>();
    Set<String> undated = new TreeSet<>();
    for (Event e : events) {
      lines.add(line(json, e));
      reports.add(EventRecordJson.write(e));
      String block = BlockPairs.undatedKey(e);
      if (block != null) {
        undated.add(block);
      }
    }
    // Spark's rows take Scala sequences for array columns.
    return RowFactory.create(item.input(), item.id(), status, reason,
        CollectionConverters.asScala(lines).toList(),
        CollectionConverters.asScala(reports).toList(), stored,
        CollectionConverters.asScala(List.copyOf(undated)).toList());
  }

  /** The line {@code sitrep extract --format jsonl} writes for the event, byte for byte. */
  static String line(EventJson json, Event e) {
    try {
      return MAPPER.writeValueAsString(json.event(e));
    } catch (JsonProcessingException x) {
      throw new UncheckedIOException(x);
    }
  }
}
