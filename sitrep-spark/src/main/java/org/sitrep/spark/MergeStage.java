package org.sitrep.spark;

import org.sitrep.export.EventRecordJson;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sitrep.merge.CrossReports;
import org.sitrep.merge.EventBlock;
import org.sitrep.model.Event;
import scala.Tuple2;

/**
 * Joins the reports of one event told by several articles, with the rules the event store merges
 * by ({@link CrossReports}), as three Spark steps that stay near-linear in the number of events:
 *
 * <ol>
 *   <li>each event goes to every block it may meet another report of it in ({@link
 *       EventBlock#keys}: country, ISO week, event family), and the pairs of events from different
 *       articles within a block are decided; only a block's events are ever compared;
 *   <li>the pairs found to be one event (few: one per duplicate report) are joined into groups on
 *       the driver ({@link ReportGroups});
 *   <li>each group becomes one record ({@link MergedRecord}): the best-supported report's fields,
 *       the lowest counts reported, and every source.
 * </ol>
 *
 * A group is the connected pairs, so three reports A, B, C with A~B and B~C are one event even if
 * A and C alone would not be; the store, which joins a new report to the one stored event it best
 * matches, cannot chain. Each source's line in the record gives its own decision against the
 * record's report, which shows such a chain.
 */
final class MergeStage {
  private MergeStage() {}

  /** Writes the merged events as JSON Lines under {@code dir}; returns how many. */
  static long write(SparkSession spark, Dataset<Row> results, String dir) {
    JavaRDD<String> reports = results.where(col("status").equalTo(ArticleTask.DONE))
        .select(explode(col("reports"))).as(Encoders.STRING()).javaRDD();
    List<Tuple2<String, String>> pairs = reports
        .flatMapToPair(MergeStage::blocks)
        .groupByKey()
        .flatMap(block -> samePairs(block._2()))
        .distinct()
        .collect();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Map<String, String>> groups = jsc.broadcast(ReportGroups.of(pairs));
    JavaRDD<String> merged = reports
        .mapToPair(json -> {
          String id = EventRecordJson.read(json).eventId();
          return new Tuple2<>(groups.value().getOrDefault(id, id), json);
        })
        .groupByKey()
        .map(group -> MergedRecord.line(group._2()));
    Dataset<String> lines = spark.createDataset(merged.rdd(), Encoders.STRING()).cache();
    try {
      lines.write().text(dir);
      return lines.count();
    } finally {
      lines.unpersist();
    }
  }

  private static Iterator<Tuple2<String, String>> blocks(String json) {
    Event e = EventRecordJson.read(json);
    return EventBlock.keys(e).stream().map(k -> new Tuple2<>(k.key(), json)).iterator();
  }

  /** The pairs of one block that are one event: ids, the smaller first. */
  private static Iterator<Tuple2<String, String>> samePairs(Iterable<String> block) {
    List<Event> events = new ArrayList<>();
    block.forEach(json -> events.add(EventRecordJson.read(json)));
    events.sort(Comparator.comparing(Event::eventId));
    List<Tuple2<String, String>> same = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        Event a = events.get(i);
        Event b = events.get(j);
        // Within one article, ArticleMerger has already joined what tells one event.
        if (!a.article().equals(b.article()) && CrossReports.decide(a, b).same()) {
          same.add(new Tuple2<>(a.eventId(), b.eventId()));
        }
      }
    }
    return same.iterator();
  }
}
