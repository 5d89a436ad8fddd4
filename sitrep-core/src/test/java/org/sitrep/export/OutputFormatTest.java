package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
  @Test
  void findsAFormatByTheNameUsersTypeInAnyCase() {
    assertEquals(Optional.of(OutputFormat.JSONL), OutputFormat.fromId("jsonl"));
    assertEquals(Optional.of(OutputFormat.CSV), OutputFormat.fromId("CSV"));
    assertTrue(OutputFormat.fromId("xml").isEmpty());
  }

  @Test
  void listsTheNamesForMessages() {
    assertEquals("jsonl, json, csv, text", OutputFormat.ids());
  }
}
