package org.sitrep.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;
import org.sitrep.internal.AcledDates;
import org.sitrep.internal.CsvRecords;
import org.sitrep.internal.CsvRecords.CsvProblem;
import org.sitrep.internal.CsvRecords.CsvRecord;

/**
 * The event notes of an ACLED-style CSV export, each row one short plain-text report: re-coding a
 * desk's own notes, or ACLED's, is how Sitrep is checked against human coders. Columns are found
 * by their header names in any case and order; {@code notes} is required, {@code event_date}
 * ("27 April 2020", "27-April-2020", "2020-04-27"...), {@code source} and {@code event_id_cnty}
 * are used when there.
 *
 * <p>A row's date is its report's date and its source the publisher, so they fill the item's
 * {@code published} and {@code source} unless the user gave {@code --published} or {@code
 * --source}. An item's id is {@code FILE#event_id_cnty}, else {@code FILE#LINE}.
 *
 * <p>A file without a {@code notes} column is one {@link SourceItem.Broken}. A row with empty
 * notes or a date in no known form is a {@code Broken} for that row and the next follows; CSV that
 * breaks off (a quote never closed, a gzip file cut off) ends with a {@code Broken}.
 */
final class AcledCsvSource implements ArticleSource {
  private final String id;
  private final InputStream in;
  private final ReadOptions options;
  private CsvRecords.Cursor rows;
  private Map<String, Integer> columns;
  private boolean done;

  AcledCsvSource(String id, InputStream in, ReadOptions options) {
    this.id = id;
    this.in = in;
    this.options = options;
  }

  @Override
  public Optional<SourceItem> next() {
    if (done) {
      return Optional.empty();
    }
    try {
      if (rows == null) {
        rows = CsvRecords.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        Optional<SourceItem> refused = header();
        if (refused.isPresent()) {
          done = true;
          return refused;
        }
      }
      Optional<CsvRecord> row = rows.next();
      if (row.isEmpty()) {
        done = true;
        return Optional.empty();
      }
      return Optional.of(item(row.get()));
    } catch (CsvProblem e) {
      done = true;
      return Optional.of(new SourceItem.Broken(id + "#" + e.line(),
          "line " + e.line() + ": " + e.getMessage()));
    } catch (IOException e) {
      done = true;
      return Optional.of(new SourceItem.Broken(id, Sources.problem(e)));
    }
  }

  /** Reads the header row; a Broken item when the file cannot be read as ACLED CSV. */
  private Optional<SourceItem> header() throws IOException, CsvProblem {
    Optional<CsvRecord> header = rows.next();
    if (header.isEmpty()) {
      return Optional.of(new SourceItem.Broken(id, "empty; expected CSV with a header row"));
    }
    columns = CsvRecords.columns(header.get());
    if (!columns.containsKey("notes")) {
      return Optional.of(new SourceItem.Broken(id,
          "the header has no notes column, which holds the text to read; found: "
              + String.join(",", header.get().fields())));
    }
    return Optional.empty();
  }

  private SourceItem item(CsvRecord row) {
    String key = cell(row, "event_id_cnty");
    String itemId = id + "#" + (key.isEmpty() ? String.valueOf(row.line()) : key);
    String notes = cell(row, "notes");
    if (notes.isEmpty()) {
      return broken(itemId, row, "the notes are empty");
    }
    String dateText = cell(row, "event_date");
    Optional<LocalDate> date = AcledDates.parse(dateText);
    if (!dateText.isEmpty() && date.isEmpty()) {
      return broken(itemId, row,
          "event_date '" + dateText + "': expected e.g. 27 April 2020 or 2020-04-27");
    }
    String source = cell(row, "source");
    Hints hints = new Hints(Optional.empty(), Optional.empty(), date, source, Optional.empty());
    return new SourceItem.Found(new ArticleInput(itemId, notes.getBytes(StandardCharsets.UTF_8),
        options.published().or(() -> date), options.source().isEmpty() ? source : options.source(),
        InputKind.TEXT, hints));
  }

  private String cell(CsvRecord row, String column) {
    return row.field(columns.getOrDefault(column, -1)).strip();
  }

  private static SourceItem broken(String itemId, CsvRecord row, String problem) {
    return new SourceItem.Broken(itemId, "line " + row.line() + ": " + problem);
  }

  @Override
  public void close() {
    try {
      if (rows != null) {
        rows.close();
      } else {
        in.close();
      }
    } catch (IOException e) {
      // Everything wanted was read or reported; a failing close loses nothing.
    }
  }
}
