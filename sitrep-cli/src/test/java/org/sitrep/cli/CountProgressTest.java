package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CountProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter err = new StringWriter();

  @Test
  void printsALineEveryFifteenSecondsAndTheLastOneAlways() {
    CountProgress progress = new CountProgress(new PrintWriter(err), "embedding", 100, false, now::get);
    now.set(1_000_000_000L);
    progress.done(10); // not yet due
    now.set(20_000_000_000L);
    progress.done(40);
    now.set(21_000_000_000L);
    progress.done(100);
    assertEquals("embedding 40 of 100 (40%), 2.00/s, 30 s left\n"
        + "embedding 100 of 100 (100%), 4.76/s\n", err.toString().replace("\r\n", "\n"));
  }

  @Test
  void redrawsOneLineOnATerminalAndEndsIt() {
    CountProgress progress = new CountProgress(new PrintWriter(err), "folds", 2, true, now::get);
    now.set(1_000_000_000L);
    progress.done(1);
    now.set(2_000_000_000L);
    progress.done(2);
    assertEquals("\rfolds 1 of 2 (50%), 1.00/s, 1 s left\rfolds 2 of 2 (100%), 1.00/s"
        + " ".repeat(9) + "\n", err.toString().replace("\r\n", "\n").replace(System.lineSeparator(), "\n"));
  }
}
