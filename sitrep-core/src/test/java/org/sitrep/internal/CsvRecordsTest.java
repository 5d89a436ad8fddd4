package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.internal.CsvRecords.CsvProblem;
import org.sitrep.internal.CsvRecords.CsvRecord;

class CsvRecordsTest {
  private static List<CsvRecord> read(String csv) throws Exception {
    return CsvRecords.read(new StringReader(csv));
  }

  @Test
  void recordsKnowTheLineTheyStartOnPastBlankLinesAndQuotedBreaks() throws Exception {
    List<CsvRecord> records = read("h1,h2\r\na,b\r\n\r\n\"x\r\ny\",z\r\nlast,1");
    assertEquals(List.of(1, 2, 4, 6), records.stream().map(CsvRecord::line).toList());
    assertEquals(List.of("x\r\ny", "z"), records.get(2).fields());
    assertEquals(List.of("last", "1"), records.get(3).fields());
  }

  @Test
  void readsLfAndDoubledQuotes() throws Exception {
    List<CsvRecord> records = read("a,\"say \"\"IS\"\"\",\n\"c, d\",e,f\n");
    assertEquals(List.of("a", "say \"IS\"", ""), records.get(0).fields());
    assertEquals(List.of("c, d", "e", "f"), records.get(1).fields());
  }

  @Test
  void textAfterAClosingQuoteJoinsTheField() throws Exception {
    assertEquals(List.of("ab", "c"), read("\"a\"b,c\n").get(0).fields());
  }

  @Test
  void aQuoteNeverClosedIsReportedAtTheLineItOpensOn() {
    CsvProblem problem = assertThrows(CsvProblem.class, () -> read("h\n1\n\"open,2\n3\n"));
    assertEquals(3, problem.line());
    assertEquals("a quoted field is never closed", problem.getMessage());
  }

  @Test
  void aShortRecordReadsMissingFieldsAsEmpty() throws Exception {
    CsvRecord record = read("a\n").get(0);
    assertEquals("a", record.field(0));
    assertEquals("", record.field(3));
  }

  @Test
  void columnsAreFoundByTrimmedLowerCaseNameWithoutAByteOrderMark() throws Exception {
    CsvRecord header = read("\uFEFFNotes, Event_Date ,notes\n").get(0);
    assertEquals(0, CsvRecords.columns(header).get("notes"));
    assertEquals(1, CsvRecords.columns(header).get("event_date"));
  }
}
