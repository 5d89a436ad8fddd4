package org.sitrep.export;

import java.util.List;

/**
 * The CSV format's header, for writers that must print it before they know whether any row
 * follows (the REST API's export prints a header even for no events; {@code sitrep extract} does
 * not). Rows are written by {@link OutputFormat#CSV}.
 */
public final class AcledCsv {
  private AcledCsv() {}

  /** The column names in order: ACLED's first, in ACLED's order, then Sitrep's own. */
  public static List<String> header() {
    return List.copyOf(CsvEventWriter.columnNames());
  }
}
