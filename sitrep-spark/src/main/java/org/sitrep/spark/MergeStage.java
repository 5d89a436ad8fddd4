package org.sitrep.spark;

import org.sitrep.export.EventRecordJson;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sitrep.merge.CrossReports;
import org.sitrep.model.Event;
import scala.Tuple2;

/**
 * Joins the reports of one event told by several articles, with the rules the event store merges
 * by ({@link CrossReports}), as three Spark steps that stay near-linear in the number of events:
 *
 * <ol>
 *   <li>each event goes to every block it may meet another report of it in ({@link
 *       org.sitrep.merge.EventBlock#keys}: country, ISO week, event family; its undated block only
 *       when reports without a day are there, see {@link BlockPairs}), and the pairs of events
 *       from different articles within a block are decided; only a block's events are ever
 *       compared;
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

  /**
   * Writes the merged events as JSON Lines under {@code dir}; returns how many.
   *
   * @param undatedBlocks the undated blocks of the events ({@link RunCounts#undated})
   */
  static long write(SparkSession spark, Dataset<Row> results, Set<String> undatedBlocks,
      String dir) {
    Dataset<Row> done = results.where(col("status").equalTo(ArticleTask.DONE));
    JavaRDD<String> reports = done.select(explode(col("reports"))).as(Encoders.STRING()).javaRDD();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Set<String>> undated = jsc.broadcast(undatedBlocks);
    List<Tuple2<String, String>> pairs = reports
        .flatMapToPair(json -> BlockPairs.keys(EventRecordJson.read(json), undated.value())
            .stream().map(key -> new Tuple2<>(key, json)).iterator())
        .groupByKey()
        .flatMap(block -> BlockPairs.same(block._1(), events(block._2())).iterator())
        .distinct()
        .collect();
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

  private static List<Event> events(Iterable<String> jsons) {
    List<Event> events = new ArrayList<>();
    jsons.forEach(json -> events.add(EventRecordJson.read(json)));
    return events;
  }
}
