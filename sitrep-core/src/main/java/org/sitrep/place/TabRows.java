package org.sitrep.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tab-separated GeoNames or Sitrep table row by row, streaming: comment lines ('#') and
 * blank lines are skipped, a row the handler rejects is reported as "FILE line N: problem" and
 * skipped, and the thread's interrupt flag stops the read (so Ctrl-C leaves no half import).
 */
final class TabRows {
  /** Handles one row; throws IllegalArgumentException to have it reported and skipped. */
  @FunctionalInterface
  interface Handler {
    void row(String[] fields);
  }

  private TabRows() {}

  /** Reads every row with at least minColumns fields; returns the number of rows skipped. */
  static long read(GeoNamesSource source, int minColumns, ImportListener listener, Handler handler)
      throws IOException {
    long skipped = 0;
    try (InputStream in = source.open(listener::bytesRead);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      long number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if ((number & 0xFFF) == 1) {
          listener.rowsRead(number == 1 ? 1 : 0x1000);
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException(source.label() + ": import interrupted");
          }
        }
        if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        try {
          if (fields.length < minColumns) {
            throw new IllegalArgumentException(
                "expected " + minColumns + " tab-separated columns, found " + fields.length);
          }
          handler.row(fields);
        } catch (IllegalArgumentException e) {
          skipped++;
          listener.problem(source.label() + " line " + number + ": " + e.getMessage());
        }
      }
      listener.rowsRead(number == 0 ? 0 : (number - 1) % 0x1000);
    }
    return skipped;
  }
}
