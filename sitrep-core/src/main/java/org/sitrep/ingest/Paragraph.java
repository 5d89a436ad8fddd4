package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Span;

/** Lines that no blank line separates; a report's layout unit for titles, captions and bylines. */
record Paragraph(List<Line> lines) {
  Paragraph {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a paragraph has at least one line");
    }
  }

  Span span() {
    return new Span(lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
  }

  boolean isOneLine() {
    return lines.size() == 1;
  }
}
