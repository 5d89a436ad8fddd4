package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Splits a report into paragraphs of lines without changing a character of it.
 *
 * <p>Line breaks may be LF, CRLF or a lone CR (old Mac exports), because reports reach us copied
 * from browsers, word processors and mail. Blank lines (only spaces, tabs or no-break spaces)
 * separate paragraphs. Each line's span is trimmed of surrounding whitespace so a caption or title
 * span covers exactly its words.
 */
final class Layout {
  private Layout() {}

  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = lineEnd(text, start);
      Span content = trim(text, start, end);
      if (content.length() == 0) {
        flush(current, paragraphs);
      } else {
        current.add(new Line(content, text.substring(content.start(), content.end())));
      }
      start = nextLineStart(text, end);
    }
    flush(current, paragraphs);
    return List.copyOf(paragraphs);
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Steps over one line break; past the end when the text ends, which stops the loop. */
  private static int nextLineStart(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length() + 1;
    }
    if (text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  private static Span trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /** No-break and other Unicode spaces count as blank: web copies are full of them. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static void flush(List<Line> lines, List<Paragraph> paragraphs) {
    if (!lines.isEmpty()) {
      paragraphs.add(new Paragraph(lines));
      lines.clear();
    }
  }
}
