package org.sitrep.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records: fields separated by commas, records by CRLF or LF, double
 * quotes around fields that hold commas, quotes or line breaks, and a quote inside written twice.
 */
public final class CsvRecords {
  /** One record and the line it starts on, for messages. */
  public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
      fields = List.copyOf(fields);
    }
  }

  private CsvRecords() {}

  /**
   * The column index of each name in a header row, names lower-cased and trimmed, the first of
   * two alike winning; a byte-order mark would otherwise hide the first column's name.
   */
  public static java.util.Map<String, Integer> columns(CsvRecord header) {
    java.util.Map<String, Integer> columns = new java.util.HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String column = header.fields().get(i).replace("\uFEFF", "").trim();
      columns.putIfAbsent(column.toLowerCase(java.util.Locale.ROOT), i);
    }
    return columns;
  }

  /** All records of {@code in}; a record of one empty field (a blank line) is dropped. */
  public static List<CsvRecord> read(Reader source) throws IOException, CsvProblem {
    // Closing a quote and ending a line at CR both need one character of look-ahead.
    Reader in = source.markSupported() ? source : new BufferedReader(source);
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int c;
    while ((c = in.read()) != -1) {
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
        quoted = true;
        fieldWasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        fields.add(field.toString());
        addUnlessBlank(records, recordLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldWasQuoted = false;
        line++;
        recordLine = line;
      } else {
        field.append((char) c);
      }
    }
    if (quoted) {
      throw new CsvProblem(recordLine, "a quoted field is never closed");
    }
    if (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted) {
      fields.add(field.toString());
      addUnlessBlank(records, recordLine, fields);
    }
    return records;
  }

  private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return;
    }
    records.add(new CsvRecord(line, fields));
  }

  /** Text that is not CSV, at {@code line()}. */
  public static final class CsvProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    CsvProblem(int line, String problem) {
      super(problem);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }
}
