package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class RunCountsTest {
  private static Row row(String status, List<String> events, Boolean stored, List<String> undated) {
    return RowFactory.create("in.jsonl", "a1", status, null,
        CollectionConverters.asScala(events).toList(), CollectionConverters.asScala(events).toList(),
        stored, CollectionConverters.asScala(undated).toList());
  }

  @Test
  void rowsAreCountedByWhatBecameOfThemAndTheirUndatedBlocksJoined() {
    List<Row> rows = List.of(
        row(ArticleTask.DONE, List.of("{}", "{}"), true, List.of("SYR/battles")),
        row(ArticleTask.DONE, List.of("{}"), false, List.of("SYR/battles", "YEM/riots")),
        row(ArticleTask.DONE, List.of(), null, List.of()),
        row(ArticleTask.SKIPPED, List.of(), null, List.of()),
        row(ArticleTask.FAILED, List.of(), null, List.of()),
        row(ArticleTask.BUG, List.of(), null, List.of()));
    RunCounts sum = rows.stream().map(RunCounts::of).reduce(RunCounts.NONE, RunCounts::plus);
    assertEquals(new RunCounts(3, 3, 1, 1, 1, 1, 1, Set.of("SYR/battles", "YEM/riots")), sum);
    assertEquals(new SparkJob.Summary(3, 3, 1, 1, 1, 0, 1, 1), sum.summary());
  }

  @Test
  void nothingCountedIsTheSumOfNoRows() {
    assertEquals(new SparkJob.Summary(0, 0, 0, 0, 0, 0, 0, 0), RunCounts.NONE.summary());
  }
}
