package org.sitrep.ingest.source;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * The lines of a text one at a time, never holding more than a limit of any one line: a JSON Lines
 * file with a runaway line (a whole crawl on one line, a binary file misnamed) must cost a bounded
 * amount of memory, so the rest of such a line is read past and only its length is known. Lines
 * end at LF; a CR before it is dropped. Not thread-safe.
 */
final class BoundedLines {
  /**
   * One line.
   *
   * @param number 1-based, counting blank lines, for messages
   * @param text the line without its end; empty when {@code tooLong}
   * @param tooLong the line was longer than the limit and was read past
   */
  record Line(int number, String text, boolean tooLong) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private int number;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or empty at the end of the text. */
  Optional<Line> next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return Optional.empty();
        }
        break;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int length = position - start;
      if (!tooLong && line.length() + length <= maxChars) {
        line.append(buffer, start, length);
      } else {
        tooLong = true;
        line.setLength(0);
      }
      if (position < limit) {
        position++; // the LF
        break;
      }
    }
    number++;
    if (tooLong) {
      return Optional.of(new Line(number, "", true));
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return Optional.of(new Line(number, line.substring(0, end), false));
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }
}
