package org.sitrep.spark;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * What a run's extracted rows hold, counted as the rows are made: the counts of the run's summary
 * and the undated blocks the merge stage needs. Summed over the rows by the job that extracts
 * them, so that neither needs a job of its own over the cached rows.
 *
 * @param undated the undated blocks of the extracted articles' events ({@link BlockPairs})
 */
record RunCounts(long articles, long events, long skipped, long failed, long bugs, long stored,
    long alreadyStored, Set<String> undated) implements Serializable {
  static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0, Set.of());

  RunCounts {
    undated = Set.copyOf(undated);
  }

  /** The counts of one row of {@link ArticleTask#SCHEMA}. */
  static RunCounts of(Row row) {
    return switch (row.getString(2)) {
      case ArticleTask.DONE -> {
        Object stored = row.get(6);
        yield new RunCounts(1, row.getList(4).size(), 0, 0, 0, Boolean.TRUE.equals(stored) ? 1 : 0,
            Boolean.FALSE.equals(stored) ? 1 : 0, Set.copyOf(row.<String>getList(7)));
      }
      case ArticleTask.SKIPPED -> new RunCounts(0, 0, 1, 0, 0, 0, 0, Set.of());
      case ArticleTask.BUG -> new RunCounts(0, 0, 0, 0, 1, 0, 0, Set.of());
      default -> new RunCounts(0, 0, 0, 1, 0, 0, 0, Set.of());
    };
  }

  RunCounts plus(RunCounts other) {
    // Most rows have no undated block: a fold over millions of them copies nothing for those.
    Set<String> blocks = other.undated.isEmpty() ? undated
        : undated.isEmpty() ? other.undated : union(undated, other.undated);
    return new RunCounts(articles + other.articles, events + other.events,
        skipped + other.skipped, failed + other.failed, bugs + other.bugs,
        stored + other.stored, alreadyStored + other.alreadyStored, blocks);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> both = new TreeSet<>(a);
    both.addAll(b);
    return both;
  }

  /** The run's summary, before the merge stage counts its records. */
  SparkJob.Summary summary() {
    return new SparkJob.Summary(articles, events, skipped, failed, bugs, 0, stored, alreadyStored);
  }
}
