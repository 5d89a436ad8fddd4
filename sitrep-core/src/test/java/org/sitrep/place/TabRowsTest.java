package org.sitrep.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row reader tells its listener every line it read, for the import's rows/s. */
class TabRowsTest {
  @Test
  void reportsEveryLineReadAndEachMalformedOne() throws Exception {
    StringBuilder text = new StringBuilder("# a comment\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(i % 5000 == 7 ? "short\n" : "a\tb\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    GeoNamesSource source =
        new GeoNamesSource("t.txt", bytes.length, () -> new ByteArrayInputStream(bytes));
    long[] rows = {0};
    List<String> problems = new ArrayList<>();
    long skipped = TabRows.read(source, 2, new ImportListener() {
      @Override
      public void rowsRead(long n) {
        rows[0] += n;
      }

      @Override
      public void problem(String message) {
        problems.add(message);
      }
    }, f -> { });
    assertEquals(10_001, rows[0]);
    assertEquals(2, skipped);
    assertEquals("t.txt line 9: expected 2 tab-separated columns, found 1", problems.get(0));
  }
}
