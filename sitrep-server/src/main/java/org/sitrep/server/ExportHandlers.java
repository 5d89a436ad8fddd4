package org.sitrep.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.sitrep.export.AcledCsv;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.model.Evidence;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;
import org.sitrep.typing.LabelledTexts;
import org.sitrep.typing.TypeLabel;

/**
 * {@code GET /api/export.csv}, {@code .jsonl} and {@code .geojson}: every event that passes the
 * filters, read from the store in one snapshot and written as it comes ({@link ExportStream}), so
 * that a large export needs no more memory than a few hundred events. CSV rows are those of
 * {@code sitrep extract --format csv}, with the header even when no event passes; JSON lines are
 * the objects of {@code /api/events}.
 */
final class ExportHandlers {
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
    ExportStream.write(ctx, query, filter(ctx), "application/geo+json; charset=utf-8",
        "sitrep-events.geojson", geoJson);
  }

  void csv(Context ctx) throws IOException {
    ExportStream.write(ctx, query, filter(ctx), "text/csv; charset=utf-8", "sitrep-events.csv",
        ExportHandlers::csv);
  }

  void jsonl(Context ctx) throws IOException {
    ExportStream.write(ctx, query, filter(ctx), "application/x-ndjson; charset=utf-8",
        "sitrep-events.jsonl", out -> new Lines(out) {
          @Override
          public void event(StoredEvent e) throws IOException {
            line(json.event(e));
          }
        });
  }

  /**
   * {@code GET /api/export/training.jsonl}: for each event that passes the filters, rejected ones
   * included, its first "sentence" evidence with its sub-event type now, or "Not an event" when a
   * person rejected it: the lines {@code sitrep train --gold} reads ({@link LabelledTexts}).
   */
  void training(Context ctx) throws IOException {
    ExportStream.write(ctx, query, filter(ctx).withRejected(true),
        "application/x-ndjson; charset=utf-8", "sitrep-training.jsonl", out -> new Lines(out) {
          @Override
          public void event(StoredEvent e) throws IOException {
            Optional<Evidence> sentence = e.event().evidence().stream()
                .filter(v -> "sentence".equals(v.field())).findFirst();
            if (sentence.isEmpty() || sentence.get().text().isBlank()) {
              return;
            }
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("text", sentence.get().text());
            line.put("sub_event_type", e.rejected() ? TypeLabel.NOT_AN_EVENT
                : e.event().subEventType().label());
            line(line);
          }
        });
  }

  /** The filters of the query string; the limit is the store's largest, and ignored by exports. */
  private static EventFilter filter(Context ctx) {
    return FilterParams.export(ctx.queryParamMap(), EventFilter.MAX_LIMIT);
  }

  /** CSV rows, and the header alone (CRLF as the rows have it, RFC 4180) when no event passes. */
  private static ExportStream.Body csv(Writer out) {
    EventWriter csv = OutputFormat.CSV.open(out, false);
    return new ExportStream.Body() {
      private boolean any;

      @Override
      public void event(StoredEvent e) throws IOException {
        any = true;
        csv.write("", new ExtractionResult(List.of(e.event()), List.of(), 0));
      }

      @Override
      public void end() throws IOException {
        if (!any) {
          // Column names need no quoting.
          out.write(String.join(",", AcledCsv.header()) + "\r\n");
        }
        csv.finish();
      }
    };
  }

  /** One JSON object a line. */
  private abstract class Lines implements ExportStream.Body {
    private final Writer out;

    Lines(Writer out) {
      this.out = out;
    }

    void line(ObjectNode object) throws IOException {
      out.write(json.write(object));
      out.write('\n');
    }

    @Override
    public void end() throws IOException {
      out.flush();
    }
  }
}
