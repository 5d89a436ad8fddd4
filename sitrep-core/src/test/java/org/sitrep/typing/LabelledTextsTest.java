package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputProblem;
import org.sitrep.model.SubEventType;

class LabelledTextsTest {
  @TempDir Path dir;

  @Test
  void readsAcledCsvNotesAndSkipsUnlabelledRows() throws Exception {
    Path file = dir.resolve("desk.csv");
    Files.writeString(file, "event_date,sub_event_type,notes\n"
        + "2024-01-02,Armed clash,\"Rebels and soldiers fought near Goma, two killed.\"\n"
        + "2024-01-03,,Crowd gathered.\n"
        + "2024-01-04,Peaceful protest,\n"
        + "2024-01-05,Peaceful protest,\"Teachers marched in Lilongwe\"\"s centre.\"\n");
    LabelledTexts.Read read = LabelledTexts.read(List.of(file));
    assertEquals(2, read.texts().size());
    assertEquals(TypeLabel.of(SubEventType.ARMED_CLASH), read.texts().get(0).label());
    assertEquals(List.of(file + ":3: no sub_event_type; skipped", file + ":4: no text; skipped"),
        read.skipped());
  }

  @Test
  void readsJsonLinesAndSkipsMalformedLines() throws Exception {
    Path file = dir.resolve("desk.jsonl");
    Files.writeString(file, "{\"text\": \"A grenade was thrown at a bar.\", \"sub_event_type\": \"Grenade\"}\n"
        + "{not json\n"
        + "\n"
        + "{\"text\": \"Shares were hammered.\", \"sub_event_type\": \"Not an event\"}\n");
    LabelledTexts.Read read = LabelledTexts.read(List.of(file));
    assertEquals(2, read.texts().size());
    assertEquals(TypeLabel.NONE, read.texts().get(1).label());
    assertEquals(List.of(file + ":2: not a JSON object; skipped"), read.skipped());
  }

  @Test
  void readsCaseSnippetsWithCaseNames() throws Exception {
    Path file = dir.resolve("snippets.tsv");
    Files.writeString(file, "id\tEventSnippet\tSubType\n1\tA storm flooded the port.\tOTHER\n"
        + "2\tToo\tmany\tfields\n3\tTroops shelled the ridge.\tART_MISS_ATTACK\n");
    LabelledTexts.Read read = LabelledTexts.read(List.of(file));
    assertEquals(List.of(TypeLabel.NONE, TypeLabel.of(SubEventType.SHELLING_ARTILLERY_MISSILE)),
        read.texts().stream().map(LabelledText::label).toList());
    assertEquals(List.of(file + ":3: expected 3 tab-separated fields, found 4; skipped"),
        read.skipped());
  }

  @Test
  void anUnknownLabelIsAnErrorNamingIt() throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "text\tsub_event_type\nSoldiers fought.\tBattle\n");
    InputProblem problem = assertThrows(InputProblem.class, () -> LabelledTexts.read(List.of(file)));
    assertEquals(file + ":2: unknown sub_event_type \"Battle\" (expected one of ACLED's 25,"
        + " \"Not an event\" or a CASE 2021 name)", problem.getMessage());
  }

  @Test
  void refusesAFileWithoutTheColumns() throws Exception {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "name,age\nAda,36\n");
    InputProblem problem = assertThrows(InputProblem.class, () -> LabelledTexts.read(List.of(file)));
    assertEquals(file + ": the header has no notes column", problem.getMessage());
  }

  @Test
  void readsEveryFileOfADirectoryByName() throws Exception {
    Files.writeString(dir.resolve("b.tsv"), "text\tsub_event_type\nRiot police fired tear gas at marchers.\tProtest with intervention\n");
    Files.writeString(dir.resolve("a.tsv"), "text\tsub_event_type\nThe envoy met the minister.\tNot an event\n");
    Files.writeString(dir.resolve("notes.md"), "not read");
    LabelledTexts.Read read = LabelledTexts.read(List.of(dir));
    assertEquals(List.of("a.tsv:2", "b.tsv:2"),
        read.texts().stream().map(LabelledText::origin).toList());
  }
}
