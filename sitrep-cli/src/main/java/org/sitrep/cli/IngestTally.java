package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The counts of an ingest run, its progress line on stderr ("ingest: 120 articles, 96 stored (410
 * events), 20 already stored, 4 failed, 3.2/s") and its closing line. Called from one thread.
 */
final class IngestTally {
  private final StatusLine status;
  private final boolean progress;
  private int articles;
  private int stored;
  private long events;
  private long merged;
  private int already;
  private int failed;

  /** @param status where progress is drawn; nothing is drawn when {@code progress} is false */
  IngestTally(StatusLine status, boolean progress) {
    this.status = status;
    this.progress = progress;
  }

  /**
   * @param eventCount the article's events
   * @param mergedCount how many of them were reports of events other articles had told, and went
   *     to those events as sources
   */
  void stored(int eventCount, int mergedCount) {
    articles++;
    stored++;
    events += eventCount;
    merged += mergedCount;
    draw();
  }

  void alreadyStored() {
    articles++;
    already++;
    draw();
  }

  /** An item that failed or was skipped: counted, and the progress line rubbed out for its line. */
  void other(boolean isFailure) {
    articles++;
    failed += isFailure ? 1 : 0;
    status.clear();
  }

  int failed() {
    return failed;
  }

  /**
   * {@code N articles: X stored (Y events), Z already stored, F failed}; the events say how many
   * joined events of other articles when any did ("(16 events, 3 of them merged into events of
   * other articles)").
   */
  String closingLine() {
    String mergedWords = merged == 0 ? "" : String.format(Locale.ROOT,
        ", %,d of them merged into events of other articles", merged);
    return String.format(Locale.ROOT, "%,d article%s: %,d stored (%,d event%s%s), %,d already"
        + " stored, %,d failed", articles, articles == 1 ? "" : "s", stored, events,
        events == 1 ? "" : "s", mergedWords, already, failed);
  }

  /** Rubs out the progress line, so that the closing line stands alone. */
  void finish() {
    status.clear();
  }

  private void draw() {
    if (!progress || !status.due()) {
      return;
    }
    double seconds = Math.max(1e-9, status.elapsed() / 1e9);
    double rate = articles / seconds;
    status.draw(String.format(Locale.ROOT, "ingest: %,d articles, %,d stored (%,d events),"
        + " %,d already stored, %,d failed, " + (rate < 10 ? "%.2f/s" : "%,.0f/s"), articles,
        stored, events, already, failed, rate), false);
  }
}
