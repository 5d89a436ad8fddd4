package org.sitrep.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.source.SourceItems.all;
import static org.sitrep.ingest.source.SourceItems.broken;
import static org.sitrep.ingest.source.SourceItems.found;
import static org.sitrep.ingest.source.SourceItems.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

class AcledCsvSourceTest {
  private static final String HEADER = "event_id_cnty,event_date,event_type,source,notes\r\n";

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private List<SourceItem> read(String name, String csv, ReadOptions options) throws IOException {
    return all(Sources.open(file(name, csv.getBytes(StandardCharsets.UTF_8)).toString(), options));
  }

  @Test
  void eachRowIsATextItemDatedAndSourcedByItsCells() throws IOException {
    String csv = "\uFEFF" + HEADER
        + "SYR1,27 April 2020,Battles,SANA,\"On 27 April 2020, troops \"\"repelled\"\" an attack,\r\n"
        + "near Raqqa.\"\r\n"
        + "SYR2,27-April-2020,Protests,Reuters,Protesters gathered.\r\n"
        + "SYR3,2020-04-28,Riots,,A riot.\r\n";
    List<SourceItem> items = read("acled.csv", csv, ReadOptions.none());
    String file = dir.resolve("acled.csv").toString();
    assertEquals(List.of(file + "#SYR1", file + "#SYR2", file + "#SYR3"),
        items.stream().map(SourceItem::id).toList());

    ArticleInput first = found(items.get(0));
    assertEquals(InputKind.TEXT, first.kind());
    assertEquals("On 27 April 2020, troops \"repelled\" an attack,\r\nnear Raqqa.", text(first));
    assertEquals(Optional.of(LocalDate.of(2020, 4, 27)), first.published());
    assertEquals("SANA", first.source());
    assertEquals(Optional.of(LocalDate.of(2020, 4, 27)), first.hints().published());
    assertEquals("SANA", first.hints().source());

    assertEquals(Optional.of(LocalDate.of(2020, 4, 27)), found(items.get(1)).published());
    assertEquals("", found(items.get(2)).source());
  }

  @Test
  void theUsersPublishedAndSourceOutrankTheRows() throws IOException {
    String csv = HEADER + "SYR1,27 April 2020,Battles,SANA,Clashes.\r\n";
    ArticleInput input = found(read("a.csv", csv, SourceItems.USER_SAID).get(0));
    assertEquals(SourceItems.USER_SAID.published(), input.published());
    assertEquals("Desk", input.source());
  }

  @Test
  void rowsWithoutAnIdColumnAreNamedByLine() throws IOException {
    String csv = "notes,event_date\nFirst.,2020-04-27\n\nSecond.,2020-04-28\n";
    List<SourceItem> items = read("noid.csv", csv, ReadOptions.none());
    String file = dir.resolve("noid.csv").toString();
    assertEquals(List.of(file + "#2", file + "#4"), items.stream().map(SourceItem::id).toList());
  }

  @Test
  void badRowsAreReportedByLineWhileTheRestGoOn() throws IOException {
    String csv = HEADER
        + "A1,27 April 2020,Battles,SANA,Good.\r\n"
        + "A2,27 April 2020,Battles,SANA,\r\n"
        + "A3,yesterday,Battles,SANA,Bad date.\r\n"
        + "A4,31 February 2020,Battles,SANA,Impossible date.\r\n"
        + ",27 April 2020,Battles,SANA,Good again.\r\n";
    List<SourceItem> items = read("b.csv", csv, ReadOptions.none());
    String file = dir.resolve("b.csv").toString();
    assertEquals(5, items.size());
    assertEquals("Good.", text(found(items.get(0))));
    assertEquals(new SourceItem.Broken(file + "#A2", "line 3: the notes are empty"), items.get(1));
    assertEquals(new SourceItem.Broken(file + "#A3",
        "line 4: event_date 'yesterday': expected e.g. 27 April 2020 or 2020-04-27"), items.get(2));
    assertEquals(file + "#A4", broken(items.get(3)).id());
    assertEquals(file + "#6", found(items.get(4)).id());
  }

  @Test
  void aFileWithoutANotesColumnIsOneBrokenItem() throws IOException {
    List<SourceItem> items = read("n.csv", "event_date,text\n2020-04-27,x\n", ReadOptions.none());
    assertEquals(1, items.size());
    SourceItem.Broken bad = broken(items.get(0));
    assertEquals(dir.resolve("n.csv").toString(), bad.id());
    assertTrue(bad.problem().startsWith("the header has no notes column"), bad.problem());
  }

  @Test
  void aQuoteNeverClosedEndsTheFileWithABrokenItemAtItsLine() throws IOException {
    String csv = HEADER + "A1,27 April 2020,Battles,SANA,Good.\r\n"
        + "A2,27 April 2020,Battles,SANA,\"never closed\r\nA3,x,y,z,w\r\n";
    List<SourceItem> items = read("q.csv", csv, ReadOptions.none());
    assertEquals(2, items.size());
    assertEquals(new SourceItem.Broken(dir.resolve("q.csv") + "#3",
        "line 3: a quoted field is never closed"), items.get(1));
  }

  @Test
  void aGzipFileCutOffEndsWithABrokenItemNamingTheFile() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 2000; i++) {
      csv.append("E").append(i).append(",27 April 2020,Battles,SANA,\"Event ").append(i)
          .append(", with words enough to fill the file.\"\r\n");
    }
    byte[] gz = SourceItems.gzip(csv.toString().getBytes(StandardCharsets.UTF_8));
    Path file = file("cut.csv.gz", SourceItems.firstPart(gz, 0.5));
    List<SourceItem> items = all(Sources.open(file.toString(), ReadOptions.none()));
    assertTrue(items.size() > 10);
    assertEquals(file + "#E0", found(items.get(0)).id());
    SourceItem.Broken last = broken(items.get(items.size() - 1));
    assertEquals(file.toString(), last.id());
    assertTrue(last.problem().startsWith("the gzip data is cut off"), last.problem());
  }

  @Test
  void anEmptyFileIsOneBrokenItem() throws IOException {
    List<SourceItem> items = read("e.csv", "", ReadOptions.none());
    assertEquals(List.of(new SourceItem.Broken(dir.resolve("e.csv").toString(),
        "empty; expected CSV with a header row")), items);
  }
}
