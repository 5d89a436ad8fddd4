package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Two short reports from different outlets and whether a person judged them to tell one event: one
 * line of a pair file ({@code gold/merge/README.md}).
 *
 * @param id the pair's name, for the list of pairs scored wrong
 * @param same true for "same", false for "different"
 * @param where "FILE:LINE" of the pair
 */
public record MergePair(String id, boolean same, Report a, Report b, String note, String where) {
  public MergePair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(where, "where");
  }

  /** One report: its text and the day it appeared, which dates "on Tuesday". */
  public record Report(String text, LocalDate published) {
    public Report {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(published, "published");
    }
  }
}
