package org.sitrep.cli;

import java.util.Locale;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for work counted in items ("embedding 1,200 of 5,600 (21%), 350/s,
 * 12 s left"): redrawn in place at most five times a second on a terminal, a plain line every 15
 * seconds otherwise. Called from one thread.
 */
final class CountProgress {
  private final StatusLine status;
  private final String what;
  private final long total;

  CountProgress(PrintWriter err, String what, long total, boolean terminal, LongSupplier clock) {
    this.status = new StatusLine(err, terminal, clock);
    this.what = what;
    this.total = total;
  }

  static CountProgress onStderr(PrintWriter err, String what, long total) {
    return new CountProgress(err, what, total, System.console() != null, System::nanoTime);
  }

  void done(long count) {
    boolean last = count >= total;
    // due() counts the line as drawn: the last one is drawn whether or not it was due.
    if (!status.due() && !last) {
      return;
    }
    double seconds = Math.max(1e-9, status.elapsed() / 1e9);
    double rate = count / seconds;
    String line = String.format(Locale.ROOT, rate < 10 ? "%s %,d of %,d (%d%%), %.2f/s"
        : "%s %,d of %,d (%d%%), %,.0f/s", what, count, total,
        total == 0 ? 100 : count * 100 / total, rate);
    if (!last && rate > 0) {
      line += String.format(Locale.ROOT, ", %,.0f s left", (total - count) / rate);
    }
    status.draw(line, last);
  }
}
