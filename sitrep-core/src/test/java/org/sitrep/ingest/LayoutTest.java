package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class LayoutTest {
  private static List<List<String>> lines(String text) {
    return Layout.paragraphs(text).stream()
        .map(p -> p.lines().stream().map(Line::text).toList())
        .toList();
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertEquals(List.of(List.of("a", "b"), List.of("c")), lines("a\nb\n\n\nc\n"));
  }

  @Test
  void crlfAndLoneCrBreakLines() {
    assertEquals(List.of(List.of("a"), List.of("b", "c")), lines("a\r\n\r\nb\rc"));
  }

  @Test
  void spacesAndNoBreakSpacesMakeALineBlank() {
    assertEquals(List.of(List.of("a"), List.of("b")), lines("a\n \u00A0\t\nb"));
  }

  @Test
  void lineSpansCoverTheTrimmedWords() {
    String text = "  one two \r\nthree";
    Line first = Layout.paragraphs(text).get(0).lines().get(0);
    assertEquals(new Span(2, 9), first.span());
    assertEquals("one two", text.substring(2, 9));
  }

  @Test
  void emptyTextHasNoParagraphs() {
    assertEquals(List.of(), Layout.paragraphs(""));
  }
}
