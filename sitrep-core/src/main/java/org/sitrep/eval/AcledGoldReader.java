package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sitrep.internal.AcledDates;
import org.sitrep.internal.CsvRecords;
import org.sitrep.internal.CsvRecords.CsvProblem;
import org.sitrep.internal.CsvRecords.CsvRecord;
import org.sitrep.ingest.InputProblem;

/**
 * Reads ACLED's CSV export into {@link GoldEvent}s. Columns are found by their header names, so
 * exports with more, fewer or reordered columns read alike; the ones the evaluation needs must be
 * there.
 */
public final class AcledGoldReader {
  static final List<String> REQUIRED =
      List.of(
          "event_date",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "inter1",
          "inter2",
          "country",
          "admin1",
          "location",
          "latitude",
          "longitude",
          "fatalities",
          "notes");

  /** The rows of an ACLED CSV file. */
  public List<GoldEvent> read(Path file) throws InputProblem {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputProblem(name, "is a directory; name the ACLED CSV files in it");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, name);
    } catch (NoSuchFileException e) {
      throw new InputProblem(name, "no such file");
    } catch (IOException e) {
      throw new InputProblem(name, "cannot read: " + e.getMessage());
    }
  }

  /** The rows of ACLED CSV text; {@code name} identifies it in messages and row ids. */
  public List<GoldEvent> read(Reader in, String name) throws IOException, InputProblem {
    List<CsvRecord> records;
    try {
      records = CsvRecords.read(in);
    } catch (CsvProblem e) {
      throw new InputProblem(name + ":" + e.line(), e.getMessage());
    }
    if (records.isEmpty()) {
      throw new InputProblem(name, "empty; expected ACLED CSV with a header row");
    }
    Map<String, Integer> columns = columns(records.get(0), name);
    String fileName = fileName(name);
    List<GoldEvent> rows = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      rows.add(row(new Row(record, columns, name), fileName));
    }
    return rows;
  }

  /** ACLED's event_date in any of the forms its files use ({@link AcledDates}). */
  public static Optional<LocalDate> parseDate(String text) {
    return AcledDates.parse(text);
  }

  /** The last part of a path, so that row ids read the same wherever the data sits. */
  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  private static Map<String, Integer> columns(CsvRecord header, String name) throws InputProblem {
    Map<String, Integer> columns = CsvRecords.columns(header);
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InputProblem(name, "not ACLED CSV: the header lacks " + String.join(", ", missing));
    }
    return columns;
  }

  private static GoldEvent row(Row row, String fileName) throws InputProblem {
    String key = row.text("event_id_cnty");
    String id = fileName + ":" + (key.isEmpty() ? "line " + row.record.line() : key);
    LocalDate date =
        parseDate(row.text("event_date"))
            .orElseThrow(
                () -> row.problem("event_date", "expected e.g. 21 March 2020 or 9-May-20"));
    return new GoldEvent(
        id,
        date,
        row.text("event_type"),
        row.text("sub_event_type"),
        row.text("actor1"),
        row.text("actor2"),
        row.integer("inter1"),
        row.integer("inter2"),
        row.text("country"),
        row.text("admin1"),
        row.text("location"),
        row.decimal("latitude"),
        row.decimal("longitude"),
        row.integer("fatalities"),
        row.text("notes"));
  }

  /** One data record read by column name. */
  private static final class Row {
    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private final String name;

    Row(CsvRecord record, Map<String, Integer> columns, String name) {
      this.record = record;
      this.columns = columns;
      this.name = name;
    }

    String text(String column) {
      Integer i = columns.get(column);
      return i == null || i >= record.fields().size() ? "" : record.fields().get(i).trim();
    }

    /** An empty cell reads as 0, as ACLED leaves inter2 empty when there is no actor2. */
    int integer(String column) throws InputProblem {
      String text = text(column);
      try {
        return text.isEmpty() ? 0 : Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw problem(column, "expected a whole number");
      }
    }

    OptionalDouble decimal(String column) throws InputProblem {
      String text = text(column);
      try {
        return text.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(Double.parseDouble(text));
      } catch (NumberFormatException e) {
        throw problem(column, "expected a decimal number");
      }
    }

    InputProblem problem(String column, String expected) {
      return new InputProblem(
          name + ":" + record.line(), column + " '" + text(column) + "': " + expected);
    }
  }
}
