package org.sitrep.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV (Apache Commons CSV) as records that know the line they start on, for
 * messages: fields separated by commas, records by CRLF or LF, double quotes around fields that
 * hold commas, quotes or line breaks, a quote inside written twice. Text after a closing quote
 * joins the field, as spreadsheets write it, rather than failing the file.
 *
 * <pre>{@code
 * try (CsvRecords.Cursor rows = CsvRecords.open(reader)) {
 *   for (Optional<CsvRecord> r = rows.next(); r.isPresent(); r = rows.next()) { ... }
 * }
 * }</pre>
 */
public final class CsvRecords {
  /**
   * Blank lines are kept by the parser so that the line count stays right, and dropped here; the
   * trailing-data leniency keeps what the hand-written reader this replaced accepted.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true).get();

  /** One record and the line it starts on, for messages. */
  public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
      fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or "" when the record is shorter. */
    public String field(int index) {
      return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
  }

  private CsvRecords() {}

  /**
   * The column index of each name in a header row, names lower-cased and trimmed, the first of
   * two alike winning; a byte-order mark would otherwise hide the first column's name.
   */
  public static Map<String, Integer> columns(CsvRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String column = header.fields().get(i).replace("\uFEFF", "").trim();
      columns.putIfAbsent(column.toLowerCase(Locale.ROOT), i);
    }
    return columns;
  }

  /** All records of {@code in}; a record of one empty field (a blank line) is dropped. */
  public static List<CsvRecord> read(Reader in) throws IOException, CsvProblem {
    List<CsvRecord> records = new ArrayList<>();
    try (Cursor cursor = open(in)) {
      for (Optional<CsvRecord> r = cursor.next(); r.isPresent(); r = cursor.next()) {
        records.add(r.get());
      }
    }
    return records;
  }

  /** The records of {@code in} one at a time, never all in memory; closing closes {@code in}. */
  public static Cursor open(Reader in) throws IOException {
    return new Cursor(FORMAT.parse(in));
  }

  /** Reads records one at a time; blank lines are skipped. Not thread-safe. */
  public static final class Cursor implements AutoCloseable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private Cursor(CSVParser parser) {
      this.parser = parser;
      this.records = parser.iterator();
    }

    /**
     * The next record, or empty at the end.
     *
     * @throws CsvProblem when the text is not CSV (a quote never closed), at the record's line
     * @throws IOException when the underlying stream fails (a cut-off gzip file)
     */
    public Optional<CsvRecord> next() throws IOException, CsvProblem {
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return Optional.empty();
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CSVException bad) {
            throw problem(bad, line);
          }
          throw e.getCause();
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        return Optional.of(new CsvRecord(line, record.toList()));
      }
    }

    /** Commons CSV words its errors for programmers; these are the user's words. */
    private static CsvProblem problem(CSVException bad, int line) {
      String message = String.valueOf(bad.getMessage());
      if (message.contains("EOF reached before encapsulated token finished")) {
        return new CsvProblem(line, "a quoted field is never closed");
      }
      return new CsvProblem(line, "not CSV: " + message.replaceFirst("^\\((start)?line \\d+\\) ", ""));
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
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
