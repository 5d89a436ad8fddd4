package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ExtractionResult;

/**
 * RFC 4180 CSV (Apache Commons CSV) with CRLF line ends and one header row. ACLED's columns come first in ACLED's order,
 * leaving out those Sitrep cannot know (iso, region, admin3, source_scale, tags, timestamp); then
 * Sitrep's own columns. Absent values are empty cells.
 */
final class CsvEventWriter implements EventWriter {
  /** Cells are quoted only when they must be: a comma, quote or line break, or edge spaces. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private record Column(String name, Function<Event, String> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("event_id", Event::eventId),
          new Column("event_date", e -> e.eventDate().map(Object::toString).orElse("")),
          new Column("year", e -> e.eventDate().map(d -> String.valueOf(d.getYear())).orElse("")),
          new Column("time_precision", e -> String.valueOf(e.timePrecision().code())),
          new Column("disorder_type", e -> e.eventType().disorderType()),
          new Column("event_type", e -> e.eventType().label()),
          new Column("sub_event_type", e -> e.subEventType().label()),
          new Column("actor1", e -> e.actor1().map(Actor::name).orElse("")),
          new Column("assoc_actor_1", e -> EventJson.actorNames(e.assocActor1())),
          new Column("inter1", e -> String.valueOf(e.inter1())),
          new Column("actor2", e -> e.actor2().map(Actor::name).orElse("")),
          new Column("assoc_actor_2", e -> EventJson.actorNames(e.assocActor2())),
          new Column("inter2", e -> String.valueOf(e.inter2())),
          new Column("interaction", e -> String.valueOf(e.interaction())),
          new Column("civilian_targeting", Event::civilianTargeting),
          new Column("iso3", e -> place(e, Place::iso3)),
          new Column("country", e -> place(e, Place::country)),
          new Column("admin1", e -> place(e, Place::admin1)),
          new Column("admin2", e -> place(e, Place::admin2)),
          new Column("location", e -> place(e, Place::name)),
          new Column("latitude", e -> place(e, p -> number(p.latitude()))),
          new Column("longitude", e -> place(e, p -> number(p.longitude()))),
          new Column("geo_precision", e -> place(e, p -> String.valueOf(e.geoPrecision().code()))),
          new Column("source", Event::source),
          new Column("notes", Event::notes),
          new Column("fatalities", e -> String.valueOf(e.fatalities())),
          new Column("article", Event::article),
          new Column("injured", e -> String.valueOf(e.injured())),
          new Column("captured", e -> String.valueOf(e.captured())),
          new Column("cameo", Event::cameo),
          new Column("plover", Event::plover),
          new Column("modality", e -> e.modality().label()),
          new Column("confidence", e -> number(e.confidence())),
          new Column("evidence", e -> evidence(e.evidence())));

  private final Writer out;
  /** Made with the first row: no header without rows. */
  private CSVPrinter printer;

  CsvEventWriter(Writer out) {
    this.out = out;
  }

  /** The header row's column names, in order. */
  static List<String> columnNames() {
    return COLUMNS.stream().map(Column::name).collect(Collectors.toList());
  }

  @Override
  public void write(String article, ExtractionResult result) throws IOException {
    for (Event e : result.events()) {
      writeHeaderOnce();
      row(COLUMNS.stream().map(c -> c.value().apply(e)).collect(Collectors.toList()));
    }
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    // No header without rows: an input with no events prints nothing, in every format but JSON.
    out.flush();
  }

  private void writeHeaderOnce() throws IOException {
    if (printer == null) {
      printer = new CSVPrinter(out, FORMAT);
      row(columnNames());
    }
  }

  private void row(List<String> cells) throws IOException {
    printer.printRecord(cells);
  }

  /** One cell as it is written: quoted, its quotes doubled, when it holds a comma, quote or break. */
  static String quote(String cell) {
    StringBuilder quoted = new StringBuilder();
    try {
      FORMAT.print(cell, quoted, true);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return quoted.toString();
  }

  /** The compact evidence form: "field=text@start-end", joined by " | ". */
  static String evidence(List<Evidence> evidence) {
    return evidence.stream()
        .map(ev -> ev.field() + "=" + ev.text() + "@" + ev.start() + "-" + ev.end())
        .collect(Collectors.joining(" | "));
  }

  private static String place(Event e, Function<Place, String> field) {
    Optional<Place> place = e.place();
    return place.map(field).orElse("");
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
