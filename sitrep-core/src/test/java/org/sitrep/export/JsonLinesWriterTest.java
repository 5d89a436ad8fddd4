package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.ExtractionResult;

class JsonLinesWriterTest {
  private static final List<String> CONTRACT =
      List.of(
          "event_id", "article", "event_date", "time_precision", "disorder_type", "event_type",
          "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
          "interaction", "civilian_targeting", "country", "iso3", "admin1", "admin2", "location",
          "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "injured",
          "captured", "cameo", "plover", "modality", "confidence", "evidence");

  private final ObjectMapper mapper = new ObjectMapper();

  private List<String> write(boolean explain, ExtractionResult result) throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.JSONL.open(out, explain);
    writer.write("reports/deir.txt", result);
    writer.finish();
    return out.toString().lines().toList();
  }

  private static ExtractionResult clashAndStrike() {
    return SampleEvents.result(SampleEvents.clash(), SampleEvents.bareStrike());
  }

  @Test
  void writesOneObjectPerEventWithTheContractFieldsInOrder() throws IOException {
    List<String> lines = write(false, clashAndStrike());
    assertEquals(2, lines.size());
    for (String line : lines) {
      List<String> names = new ArrayList<>();
      mapper.readTree(line).fieldNames().forEachRemaining(names::add);
      assertEquals(CONTRACT, names);
    }
  }

  @Test
  void writesDerivedAcledFieldsFromTheEvent() throws IOException {
    JsonNode clash = mapper.readTree(write(false, clashAndStrike()).get(0));
    assertEquals("2025-03-11", clash.get("event_date").asText());
    assertEquals("Political violence", clash.get("disorder_type").asText());
    assertEquals("Battles", clash.get("event_type").asText());
    assertEquals(12, clash.get("interaction").asInt());
    assertEquals(
        "NDF: National Defence Forces; Shaitat Tribal Militia", clash.get("assoc_actor_1").asText());
    assertEquals("SYR", clash.get("iso3").asText());
    assertEquals(35.3359, clash.get("latitude").asDouble());
    assertEquals(1, clash.get("geo_precision").asInt());
    assertEquals("asserted", clash.get("modality").asText());
  }

  @Test
  void writesAbsentActorPlaceAndDateAsNull() throws IOException {
    JsonNode strike = mapper.readTree(write(false, clashAndStrike()).get(1));
    for (String field :
        List.of("event_date", "actor2", "assoc_actor_2", "location", "country", "admin2",
            "latitude", "longitude", "geo_precision", "source", "civilian_targeting")) {
      assertTrue(strike.get(field).isNull(), field + " should be null");
    }
    assertEquals(0, strike.get("inter2").asInt());
    assertEquals(10, strike.get("interaction").asInt());
    assertEquals(0, strike.get("evidence").size());
  }

  @Test
  void writesEvidenceWithItsOffsetsAndANoteOnlyWhenThereIsOne() throws IOException {
    JsonNode evidence = mapper.readTree(write(false, clashAndStrike()).get(0)).get("evidence");
    assertEquals(2, evidence.size());
    assertEquals("at least 12, including two officers", evidence.get(0).get("text").asText());
    assertEquals(40, evidence.get(0).get("start").asInt());
    assertEquals(75, evidence.get(0).get("end").asInt());
    assertEquals("lowest figure", evidence.get(0).get("note").asText());
    assertFalse(evidence.get(1).has("note"));
  }

  @Test
  void explainAddsRejectedCandidatesAsTheirOwnLines() throws IOException {
    List<String> lines = write(true, clashAndStrike());
    assertEquals(3, lines.size());
    JsonNode rejected = mapper.readTree(lines.get(2));
    assertTrue(rejected.get("rejected").asBoolean());
    assertEquals("attack", rejected.get("trigger").asText());
    assertEquals("future", rejected.get("reason").asText());
    assertEquals("will", rejected.get("cue").asText());
    assertEquals(300, rejected.get("start").asInt());
    assertEquals(306, rejected.get("end").asInt());
    assertTrue(rejected.get("sentence").asText().startsWith("Officials warned"));
  }

  @Test
  void anArticleWithNoEventsWritesNothing() throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.JSONL.open(out, false);
    writer.write("empty.txt", SampleEvents.result());
    writer.finish();
    assertEquals("", out.toString());
  }
}
