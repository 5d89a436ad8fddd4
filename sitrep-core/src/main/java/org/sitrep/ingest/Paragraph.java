package org.sitrep.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Lines that no blank line separates; a report's layout unit for titles, captions and bylines. */
record Paragraph(List<Line> lines) {
  /** A line that ends a sentence: full stop, "?", "!", or a closing quote or bracket after one. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*$");

  Paragraph {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a paragraph has at least one line");
    }
  }

  Span span() {
    return new Span(lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
  }

  /**
   * Whether line {@code i} stands as a unit of its own rather than as part of a sentence wrapped
   * over several lines: the line before it ends a sentence (or there is none) and the line after it
   * opens a new one (or there is none). Text copied from web pages puts captions on their own line
   * with no blank line around them; hard-wrapped text breaks sentences anywhere.
   */
  boolean standsAlone(int i) {
    boolean afterBreak = i == 0 || SENTENCE_END.matcher(lines.get(i - 1).text()).find();
    boolean beforeBreak =
        i == lines.size() - 1 || !Character.isLowerCase(lines.get(i + 1).text().charAt(0));
    return afterBreak && beforeBreak;
  }

  boolean isOneLine() {
    return lines.size() == 1;
  }
}
