package org.sitrep.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Place;
import org.sitrep.store.StoredEvent;

/**
 * {@code GET /api/export.geojson}: the events that pass the filters as one RFC 7946
 * FeatureCollection, written as the events come. Each event with a place is a Feature: a Point at
 * {@code [longitude, latitude]} (WGS 84, the order RFC 7946 section 3.1.1 fixes), the store's id
 * as the feature's {@code id}, and the event's object of {@code /api/events} as its properties.
 * Events without a place have no geometry a map can show; rather than writing features with a
 * null geometry, which many GIS tools drop or choke on, they are left out and counted in the
 * foreign member {@code omitted_without_coordinates} (RFC 7946 section 6.1), written after the
 * features because only then is the count known. No {@code crs} member: RFC 7946 removed it.
 */
final class GeoJsonExport implements ExportStream.Format {
  private final JsonFactory factory = new ObjectMapper().getFactory();
  private final ApiJson json;

  GeoJsonExport(ApiJson json) {
    this.json = json;
  }

  /** Starts the collection on {@code out}; its end writes the count of events left out. */
  @Override
  public ExportStream.Body open(Writer out) throws IOException {
    JsonGenerator g = factory.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    return new ExportStream.Body() {
      private long omitted;

      @Override
      public void event(StoredEvent e) throws IOException {
        if (e.event().place().isEmpty()) {
          omitted++;
        } else {
          feature(g, e, e.event().place().get());
        }
      }

      @Override
      public void end() throws IOException {
        g.writeEndArray();
        g.writeNumberField("omitted_without_coordinates", omitted);
        g.writeEndObject();
        g.close();
      }
    };
  }

  private void feature(JsonGenerator g, StoredEvent e, Place place) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeNumberField("id", e.id());
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(place.longitude());
    g.writeNumber(place.latitude());
    g.writeEndArray();
    g.writeEndObject();
    ObjectNode properties = json.event(e);
    g.writeFieldName("properties");
    g.writeTree(properties);
    g.writeEndObject();
  }
}
