package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputProblem;

class AcledGoldReaderTest {
  private static final String HEADER =
      "event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,"
          + "admin1,location,latitude,longitude,notes,fatalities\r\n";

  private static List<GoldEvent> read(String csv) throws Exception {
    return new AcledGoldReader().read(new StringReader(csv), "data/test.csv");
  }

  @Test
  void readsQuotedCellsWithCommasDoubledQuotesAndLineBreaks() throws Exception {
    String csv =
        HEADER
            + "XYZ1,\"3 April 2021\",Battles,\"Armed clash\",\"Military Forces of Xland (2010-)\","
            + "1,\"Rebels, North\",2,Xland,North,Ytown,12.5,-3.25,"
            + "\"On 3 April 2021, troops \"\"repelled\"\" rebels,\r\nkilling 4.\",4\r\n";
    GoldEvent row = read(csv).get(0);
    assertEquals("test.csv:XYZ1", row.id());
    assertEquals("Rebels, North", row.actor2());
    assertEquals("On 3 April 2021, troops \"repelled\" rebels,\r\nkilling 4.", row.notes());
    assertEquals(4, row.fatalities());
    assertEquals(12.5, row.latitude().getAsDouble());
    assertEquals(-3.25, row.longitude().getAsDouble());
  }

  @Test
  void readsBothDateFormatsAcledFilesUse() {
    assertEquals(
        Optional.of(LocalDate.of(2020, 3, 21)), AcledGoldReader.parseDate("21 March 2020"));
    assertEquals(Optional.of(LocalDate.of(2020, 5, 9)), AcledGoldReader.parseDate("9-May-20"));
    assertEquals(Optional.empty(), AcledGoldReader.parseDate("May the 9th"));
  }

  @Test
  void readsEmptyInterAndCoordinatesAsAbsent() throws Exception {
    String csv =
        HEADER
            + "A2,9-May-20,Protests,Peaceful protest,Protesters (Xland),6,,,Xland,,,,,"
            + "Some protested.,0\n";
    GoldEvent row = read(csv).get(0);
    assertEquals(0, row.inter2());
    assertEquals(LocalDate.of(2020, 5, 9), row.eventDate());
    assertTrue(row.latitude().isEmpty());
    assertTrue(!row.hasCoordinates());
  }

  @Test
  void namesTheFileLineAndCellOfABadDate() {
    String csv = HEADER + "A3,yesterday,Protests,Peaceful protest,P,6,,,X,,,,,n,0\n";
    InputProblem problem = assertThrows(InputProblem.class, () -> read(csv));
    assertEquals(
        "data/test.csv:2: event_date 'yesterday': expected e.g. 21 March 2020 or 9-May-20",
        problem.getMessage());
  }

  @Test
  void refusesAFileWithoutTheColumnsItNeeds() {
    InputProblem problem = assertThrows(InputProblem.class, () -> read("a,b\n1,2\n"));
    assertTrue(
        problem
            .getMessage()
            .startsWith("data/test.csv: not ACLED CSV: the header lacks event_date"));
  }

  @Test
  void refusesAQuoteThatIsNeverClosed() {
    InputProblem problem = assertThrows(InputProblem.class, () -> read(HEADER + "A4,\"9-May-20\n"));
    assertEquals("data/test.csv:2: a quoted field is never closed", problem.getMessage());
  }
}
