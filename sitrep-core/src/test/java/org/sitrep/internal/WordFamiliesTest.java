package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFamiliesTest {
  private static List<DataTable.Line> lines(String text) {
    return DataTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void aFamilyMaySpanSeveralLinesAndIsLowerCased() {
    WordFamilies f = WordFamilies.of(lines("# cues\nframe\tProbe inquiry\nframe\tvictim\n"), "test.tsv",
        Set.of("frame"));
    assertEquals(Set.of("probe", "inquiry", "victim"), f.get("frame"));
  }

  @Test
  void anUnknownOrMissingFamilyFailsAtLoadWithTheFileAndLine() {
    var unknown = assertThrows(IllegalStateException.class,
        () -> WordFamilies.of(lines("fram\tprobe\n"), "test.tsv", Set.of("frame")));
    assertTrue(unknown.getMessage().contains("test.tsv line 1"));
    assertThrows(IllegalStateException.class, () -> WordFamilies.of(lines(""), "test.tsv", Set.of("frame")));
  }

  @Test
  void aReaderMayTakePartOfASharedFile() {
    WordFamilies f = WordFamilies.bundledPart(WordFamiliesTest.class,
        "/org/sitrep/normalize/reference-cues.tsv", Set.of("frame"));
    assertTrue(f.get("frame").contains("probe"));
  }
}
