package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.ExtractionResult;

class CsvEventWriterTest {
  private static String write(ExtractionResult... results) throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.CSV.open(out, true);
    for (ExtractionResult r : results) {
      writer.write("reports/deir.txt", r);
    }
    writer.finish();
    return out.toString();
  }

  @Test
  void startsWithAcledColumnsInAcledOrderThenSitrepColumns() throws IOException {
    String header = write(SampleEvents.result(SampleEvents.clash())).split("\r\n")[0];
    assertTrue(header.startsWith("event_id,event_date,year,time_precision,disorder_type,event_type,"));
    assertTrue(header.contains(",civilian_targeting,iso3,country,admin1,admin2,location,"));
    assertTrue(header.endsWith(",fatalities,article,injured,captured,cameo,plover,modality,"
        + "confidence,evidence"));
  }

  @Test
  void writesTheHeaderOnceAcrossArticles() throws IOException {
    String csv =
        write(
            SampleEvents.result(SampleEvents.clash()),
            SampleEvents.result(SampleEvents.bareStrike()));
    assertEquals(1, csv.split("event_id,event_date", -1).length - 1);
    assertTrue(csv.contains("\r\na1-e2,"));
  }

  @Test
  void quotesCellsWithCommasQuotesAndLineBreaks() {
    assertEquals("plain", CsvEventWriter.quote("plain"));
    assertEquals("\"a, b\"", CsvEventWriter.quote("a, b"));
    assertEquals("\"say \"\"IS\"\"\"", CsvEventWriter.quote("say \"IS\""));
    assertEquals("\"two\nlines\"", CsvEventWriter.quote("two\nlines"));
  }

  @Test
  void writesNotesWithQuotesAsOneQuotedCell() throws IOException {
    String csv = write(SampleEvents.result(SampleEvents.clash()));
    assertTrue(csv.contains(",\"On 11 March 2025, troops fought \"\"IS\"\" fighters, north of the city.\","));
  }

  @Test
  void writesAbsentValuesAsEmptyCells() throws IOException {
    String row = write(SampleEvents.result(SampleEvents.bareStrike())).split("\r\n")[1];
    assertTrue(row.startsWith("a1-e2,,,3,Political violence,Explosions/Remote violence,"
        + "Air/drone strike,Military Forces of Syria (2000-),,1,,,0,10,,,,,,,,,,,,0,"));
  }

  @Test
  void rendersEvidenceCompactly() {
    assertEquals(
        "fatalities=at least 12, including two officers@40-75 | location=Deir ez-Zor@10-21",
        CsvEventWriter.evidence(SampleEvents.clash().evidence()));
  }

  @Test
  void writesNothingForAnArticleWithoutEvents() throws IOException {
    assertEquals("", write(SampleEvents.result()));
  }

  @Test
  void hasOneCellPerColumnInEveryRow() throws IOException {
    List<String> lines = write(SampleEvents.result(SampleEvents.bareStrike())).lines().toList();
    int columns = CsvEventWriter.columnNames().size();
    assertEquals(columns, lines.get(0).split(",", -1).length);
    assertEquals(columns, lines.get(1).split(",", -1).length);
  }
}
