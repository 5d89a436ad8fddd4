package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.sitrep.place.ImportListener;

/**
 * What {@code gazetteer import} shows on stderr as it goes: a progress bar (percent of the input
 * bytes read, rows/s, time left) redrawn in place at most five times a second on a terminal, a
 * plain line every 15 seconds otherwise; and the malformed lines it skipped, the first
 * {@value #SHOWN_PROBLEMS} of them, then a count. Called from the reading thread only.
 */
final class ImportProgress implements ImportListener {
  static final int SHOWN_PROBLEMS = 20;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final StatusLine status;
  private final boolean show;
  private final long total;
  private long bytes;
  private long rows;
  private long problems;

  /**
   * @param total bytes of the input files, against which the bar counts
   * @param show false for no bar at all (problems are still reported)
   * @param terminal redraw one line with '\r' rather than print lines
   */
  ImportProgress(PrintWriter err, long total, boolean show, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.show = show;
    this.status = new StatusLine(err, terminal, clock);
  }

  /** Bytes of the user's files; counted by the CLI so the bundled code tables do not count. */
  void fileBytes(long n) {
    bytes += n;
    maybeDraw();
  }

  @Override
  public void rowsRead(long n) {
    rows += n;
    maybeDraw();
  }

  @Override
  public void problem(String message) {
    problems++;
    if (problems <= SHOWN_PROBLEMS) {
      status.clear();
      err.println("sitrep: " + message);
      err.flush();
    }
  }

  long problems() {
    return problems;
  }

  /** Clears the bar and says how many malformed lines were not shown. */
  void finish() {
    status.clear();
    if (problems > SHOWN_PROBLEMS) {
      err.println("sitrep: " + (problems - SHOWN_PROBLEMS) + " more malformed lines skipped, not"
          + " shown");
    }
    err.flush();
  }

  private void maybeDraw() {
    if (show && status.due()) {
      status.draw(line(status.elapsed()), false);
    }
  }

  /** "importing  42% [########            ] 1.2 GB of 2.9 GB, 310,000 rows/s, 4 min 10 s left". */
  String line(long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    double fraction = total <= 0 ? 0 : Math.min(1.0, (double) bytes / total);
    int filled = (int) Math.round(fraction * BAR);
    String left = fraction >= 1.0 ? "writing the index"
        : bytes == 0 ? "time left unknown"
        : duration((total - bytes) / (bytes / seconds)) + " left";
    return String.format(Locale.ROOT, "importing %3d%% [%s%s] %s of %s, %,d rows/s, %s",
        Math.round(fraction * 100), "#".repeat(filled), " ".repeat(BAR - filled),
        IndexSize.format(bytes), IndexSize.format(total), Math.round(rows / seconds), left);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }
}
