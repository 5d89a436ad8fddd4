package org.sitrep.model;

import java.util.Objects;

/**
 * The words in the article that support one field of an event: {@code text} is exactly the
 * article's characters {@code [start, end)}; {@code note} says how the words were read (e.g. "most
 * conservative figure", "claimed by Revolutionary Commando Army") and may be empty.
 */
public record Evidence(String field, String text, int start, int end, String note) {
  public Evidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(note, "note");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
  }

  public Evidence(String field, String text, int start, int end) {
    this(field, text, start, end, "");
  }

  public Span span() {
    return new Span(start, end);
  }

  public Evidence withField(String newField) {
    return new Evidence(newField, text, start, end, note);
  }

  /** The same words, with why they stand for the field they are given to. */
  public Evidence withNote(String newNote) {
    return new Evidence(field, text, start, end, newNote);
  }

  /** The same words, with {@code more} said after any note they already carry. */
  public Evidence withNoteAdded(String more) {
    return withNote(note.isEmpty() ? more : note + "; " + more);
  }
}
