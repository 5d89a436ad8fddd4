package org.sitrep.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.sitrep.export.AcledCsv;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.StoredEvent;
import org.sitrep.typing.LabelledTexts;
import org.sitrep.typing.TypeLabel;

/**
 * {@code GET /api/export.csv}, {@code .jsonl} and {@code .geojson}: every event that passes the
 * filters, read from the store a page at a time and written as it comes, so that a large export
 * needs no more memory than one page. CSV rows are those of {@code sitrep extract --format csv}, with the
 * header even when no event passes; JSON lines are the objects of {@code /api/events}.
 */
final class ExportHandlers {
  /** Pages are read as large as the store allows. */
  private static final int PAGE = EventFilter.MAX_LIMIT;

  private final EventQuery query;
  private final ApiJson json;
  private final GeoJsonExport geoJson;

  ExportHandlers(EventQuery query, ApiJson json) {
    this.query = query;
    this.json = json;
    this.geoJson = new GeoJsonExport(json);
  }

  /** {@code GET /api/export.geojson}: see {@link GeoJsonExport}. */
  void geojson(Context ctx) throws IOException {
    EventFilter filter = FilterParams.export(ctx.queryParamMap(), PAGE);
    Page<StoredEvent> first = query.search(filter);
    start(ctx, "application/geo+json; charset=utf-8", "sitrep-events.geojson");
    try (Writer out = writer(ctx)) {
      geoJson.write(query, filter, first, out);
    }
  }

  void csv(Context ctx) throws IOException {
    EventFilter filter = FilterParams.export(ctx.queryParamMap(), PAGE);
    Page<StoredEvent> first = query.search(filter);
    start(ctx, "text/csv; charset=utf-8", "sitrep-events.csv");
    try (Writer out = writer(ctx)) {
      if (first.items().isEmpty()) {
        // Column names need no quoting; CRLF as the rows have it (RFC 4180).
        out.write(String.join(",", AcledCsv.header()) + "\r\n");
      }
      EventWriter csv = OutputFormat.CSV.open(out, false);
      for (Page<StoredEvent> page = first; ; page = next(filter, page)) {
        List<Event> events = page.items().stream().map(StoredEvent::event).toList();
        csv.write("", new ExtractionResult(events, List.of(), 0));
        if (!page.hasMore() || page.items().isEmpty()) {
          break;
        }
      }
      csv.finish();
    }
  }

  void jsonl(Context ctx) throws IOException {
    EventFilter filter = FilterParams.export(ctx.queryParamMap(), PAGE);
    Page<StoredEvent> first = query.search(filter);
    start(ctx, "application/x-ndjson; charset=utf-8", "sitrep-events.jsonl");
    try (Writer out = writer(ctx)) {
      for (Page<StoredEvent> page = first; ; page = next(filter, page)) {
        for (StoredEvent e : page.items()) {
          out.write(json.write(json.event(e)));
          out.write('\n');
        }
        if (!page.hasMore() || page.items().isEmpty()) {
          break;
        }
      }
    }
  }

  /**
   * {@code GET /api/export/training.jsonl}: for each event that passes the filters, rejected ones
   * included, its first "sentence" evidence with its sub-event type now, or "Not an event" when a
   * person rejected it: the lines {@code sitrep train --gold} reads ({@link LabelledTexts}).
   */
  void training(Context ctx) throws IOException {
    EventFilter filter = FilterParams.export(ctx.queryParamMap(), PAGE).withRejected(true);
    Page<StoredEvent> first = query.search(filter);
    start(ctx, "application/x-ndjson; charset=utf-8", "sitrep-training.jsonl");
    try (Writer out = writer(ctx)) {
      for (Page<StoredEvent> page = first; ; page = next(filter, page)) {
        for (StoredEvent e : page.items()) {
          Optional<Evidence> sentence = e.event().evidence().stream()
              .filter(v -> "sentence".equals(v.field())).findFirst();
          if (sentence.isEmpty() || sentence.get().text().isBlank()) {
            continue;
          }
          ObjectNode line = JsonNodeFactory.instance.objectNode();
          line.put("text", sentence.get().text());
          line.put("sub_event_type", e.rejected() ? TypeLabel.NOT_AN_EVENT
              : e.event().subEventType().label());
          out.write(json.write(line));
          out.write('\n');
        }
        if (!page.hasMore() || page.items().isEmpty()) {
          break;
        }
      }
    }
  }

  /** The first page is read before the status is sent, so that a store failure is still a 503. */
  private Page<StoredEvent> next(EventFilter filter, Page<StoredEvent> page) {
    return query.search(filter.withOffset(page.offset() + page.items().size()));
  }

  private static void start(Context ctx, String type, String file) {
    ctx.status(200).contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }

  private static Writer writer(Context ctx) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
  }
}
