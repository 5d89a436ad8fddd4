package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * One line of progress on stderr: on a terminal redrawn in place with '\r' at most five times a
 * second, otherwise printed as a new line every 15 seconds. Called from one thread.
 */
final class StatusLine {
  private static final long TERMINAL_EVERY = 200_000_000L;
  private static final long LINES_EVERY = 15_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private int drawnWidth;

  /** @param terminal redraw one line with '\r' rather than print lines */
  StatusLine(PrintWriter err, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDrawn = start;
  }

  /** Nanoseconds since this line was made. */
  long elapsed() {
    return clock.getAsLong() - start;
  }

  /** True, and counted as drawn, when the line is due to be drawn again. */
  boolean due() {
    long now = clock.getAsLong();
    if (now - lastDrawn < (terminal ? TERMINAL_EVERY : LINES_EVERY)) {
      return false;
    }
    lastDrawn = now;
    return true;
  }

  /** Draws {@code line}; {@code last} ends a redrawn line, so that what follows starts below it. */
  void draw(String line, boolean last) {
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
      drawnWidth = line.length();
      if (last) {
        err.println();
        drawnWidth = 0;
      }
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Rubs out a redrawn line, so that a message can be printed in its place. */
  void clear() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
    }
  }
}
