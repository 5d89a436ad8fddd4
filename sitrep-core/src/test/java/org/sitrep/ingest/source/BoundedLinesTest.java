package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  private static List<BoundedLines.Line> lines(String text, int max) throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader(text), max);
    List<BoundedLines.Line> all = new ArrayList<>();
    for (Optional<BoundedLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
      all.add(l.get());
    }
    return all;
  }

  @Test
  void numbersLinesCountingBlankOnesAndDropsCrBeforeLf() throws IOException {
    assertEquals(
        List.of(new BoundedLines.Line(1, "a", false), new BoundedLines.Line(2, "", false),
            new BoundedLines.Line(3, "b", false)),
        lines("a\r\n\nb", 10));
  }

  @Test
  void aLineOverTheLimitIsReadPastAndMarked() throws IOException {
    assertEquals(
        List.of(new BoundedLines.Line(1, "", true), new BoundedLines.Line(2, "ok", false)),
        lines("x".repeat(200_000) + "\nok\n", 100));
  }
}
