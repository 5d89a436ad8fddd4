package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonArrayWriterTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writesTheEventsOfAllArticlesAsOneArray() throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.JSON.open(out, false);
    writer.write("a.txt", SampleEvents.result(SampleEvents.clash()));
    writer.write("b.txt", SampleEvents.result(SampleEvents.bareStrike()));
    writer.finish();
    JsonNode array = mapper.readTree(out.toString());
    assertTrue(array.isArray());
    assertEquals(2, array.size());
    assertEquals("a1-e1", array.get(0).get("event_id").asText());
    assertTrue(out.toString().contains("\n  "), "pretty-printed");
  }

  @Test
  void writesAnEmptyArrayWhenThereAreNoEvents() throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.JSON.open(out, true);
    writer.finish();
    assertEquals(0, mapper.readTree(out.toString()).size());
  }
}
