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
  private static final long TERMINAL_EVERY = 200_000_000L;
  private static final long LINES_EVERY = 15_000_000_000L;

  private final PrintWriter err;
  private final String what;
  private final long total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private int drawnWidth;

  CountProgress(PrintWriter err, String what, long total, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDrawn = start;
  }

  static CountProgress onStderr(PrintWriter err, String what, long total) {
    return new CountProgress(err, what, total, System.console() != null, System::nanoTime);
  }

  void done(long count) {
    long now = clock.getAsLong();
    boolean last = count >= total;
    if (!last && now - lastDrawn < (terminal ? TERMINAL_EVERY : LINES_EVERY)) {
      return;
    }
    lastDrawn = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = count / seconds;
    String line = String.format(Locale.ROOT, rate < 10 ? "%s %,d of %,d (%d%%), %.2f/s"
        : "%s %,d of %,d (%d%%), %,.0f/s", what, count, total,
        total == 0 ? 100 : count * 100 / total, rate);
    if (!last && rate > 0) {
      line += String.format(Locale.ROOT, ", %,.0f s left", (total - count) / rate);
    }
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
      drawnWidth = line.length();
      if (last) {
        err.println();
      }
    } else {
      err.println(line);
    }
    err.flush();
  }
}
