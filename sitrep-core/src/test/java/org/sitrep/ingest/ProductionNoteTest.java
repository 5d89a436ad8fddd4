package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionNoteTest {
  private final ProductionNote notes = new ProductionNote();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(Reporting by Ann Example; Editing by Bob Example)",
        "—Reporting by Ann Example",
        "Additional reporting by Cem Example in Ankara",
        "Posted on June 3, 2017 by admin",
        "Published: 4 May 2019",
        "Updated 14:02 GMT",
        "Copyright 2018 Example Press. All rights reserved.",
        "Tags: Idlib, clashes",
        "Read more: Fighting flares again",
        "[Translated from Indonesian]",
        "Translated from the French by Cem Example",
        "(Unofficial translation)"
      })
  void notesAboutTheReportAreNotes(String line) {
    assertTrue(notes.isNote(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Updated figures show 20 people died in the attack.",
        "Reporters saw smoke over the base on Monday.",
        "The group posted a video of the attack online.",
        "Translation of the ceasefire text into Arabic was delayed.",
        ""
      })
  void bodyLinesAreNotNotes(String line) {
    assertFalse(notes.isNote(line), line);
  }
}
