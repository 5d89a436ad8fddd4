package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The import's progress bar and its cap on reported lines, against a clock the test moves. */
class ImportProgressTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private ImportProgress progress(boolean terminal) {
    return new ImportProgress(new PrintWriter(err), 1000, true, terminal, now::get);
  }

  @Test
  void redrawsOneLineOnATerminalAtMostFiveTimesASecond() {
    ImportProgress progress = progress(true);
    now.set(100_000_000L);
    progress.fileBytes(100);
    progress.rowsRead(2000);
    assertEquals("", err.toString(), "too soon to draw");
    now.set(1_000_000_000L);
    progress.fileBytes(400);
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\rimporting  50% [##########          ] 500 bytes of 1000 bytes,"
        + " 2,000 rows/s, 1 s left"), drawn);
    assertTrue(!drawn.contains("\n"), drawn);
    progress.finish();
    assertTrue(err.toString().endsWith("\r"), "the bar is cleared at the end");
  }

  @Test
  void printsPlainLinesOnlyEveryFifteenSecondsElsewhere() {
    ImportProgress progress = progress(false);
    now.set(5_000_000_000L);
    progress.fileBytes(500);
    assertEquals("", err.toString());
    now.set(16_000_000_000L);
    progress.fileBytes(500);
    assertTrue(err.toString().startsWith("importing 100% ["), err.toString());
    assertTrue(err.toString().strip().endsWith("writing the index"), err.toString());
  }

  @Test
  void showsTheFirstTwentyProblemsThenACount() {
    ImportProgress progress = progress(false);
    for (int i = 1; i <= 25; i++) {
      progress.problem("SY.txt line " + i + ": bad");
    }
    progress.finish();
    String[] lines = err.toString().split("\\R");
    assertEquals(21, lines.length);
    assertEquals("sitrep: SY.txt line 20: bad", lines[19]);
    assertEquals("sitrep: 5 more malformed lines skipped, not shown", lines[20]);
    assertEquals(25, progress.problems());
  }

  @Test
  void writesDurationsInWords() {
    assertEquals("42 s", ImportProgress.duration(42));
    assertEquals("4 min 10 s", ImportProgress.duration(250));
    assertEquals("2 h 5 min", ImportProgress.duration(7500));
  }
}
