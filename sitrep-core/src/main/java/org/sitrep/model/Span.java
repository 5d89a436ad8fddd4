package org.sitrep.model;

/** A half-open range {@code [start, end)} of character offsets into an article's text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public int length() {
    return end - start;
  }
}
