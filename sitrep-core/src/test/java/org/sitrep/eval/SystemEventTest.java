package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.pipeline.ExtractionResult;

/**
 * A pipeline event reads the same whether scored in process or from the JSON line it is written as.
 */
class SystemEventTest {
  private static final Actor ARMY =
      new Actor("Military Forces of Xland (2010-)", 1, "", "XLD", false);
  private static final Actor FRONT = new Actor("Northern Front", 2, "", "XLD", false);
  private static final Actor KIN = new Actor("Kin Group", 4, "", "XLD", false);
  private static final Place YTOWN =
      new Place(0, "Ytown", 36.0123, 66.8, "PPL", "Xland", "XLD", "", "", 0);

  private static Event event(Optional<LocalDate> day, Optional<Place> place, List<Actor> assoc) {
    return new Event(
        "e1",
        "data/texts/clash_1.txt",
        day,
        TimePrecision.DAY,
        SubEventType.ARMED_CLASH,
        Optional.of(FRONT),
        assoc,
        Optional.of(ARMY),
        List.of(),
        place,
        GeoPrecision.EXACT,
        "",
        "",
        3,
        0,
        0,
        "",
        "",
        Modality.ASSERTED,
        0.9,
        List.of(
            new Evidence("sentence", "Front fighters stormed Ytown.", 0, 29),
            new Evidence("trigger", "stormed", 15, 22),
            new Evidence("sentence", "Three died.", 30, 41)));
  }

  private static JsonNode writtenAsJson(Event e) throws Exception {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.JSONL.open(out, true);
    writer.write(e.article(), new ExtractionResult(List.of(e), List.of(), 10));
    writer.finish();
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void readsAPipelineEventAsItsJsonLineReads() throws Exception {
    for (Event e :
        List.of(
            event(Optional.of(LocalDate.of(2024, 3, 10)), Optional.of(YTOWN), List.of(KIN, ARMY)),
            event(Optional.empty(), Optional.empty(), List.of()))) {
      assertEquals(SystemEvent.fromJson(writtenAsJson(e)), SystemEvent.of(e));
    }
  }

  @Test
  void keepsWhatTheScorerReads() {
    SystemEvent s =
        SystemEvent.of(
            event(Optional.of(LocalDate.of(2024, 3, 10)), Optional.of(YTOWN), List.of(KIN, ARMY)));
    assertEquals("clash_1", s.articleId());
    assertEquals(Optional.of("2024-03-10"), s.eventDate());
    assertEquals(Optional.of("Kin Group; Military Forces of Xland (2010-)"), s.assocActor1());
    assertEquals(Optional.empty(), s.admin1()); // "" is written as null
    assertEquals(OptionalDouble.of(3), s.fatalities());
    assertEquals(List.of("Front fighters stormed Ytown.", "Three died."), s.sentences());
  }

  @Test
  void savedFilesSkipRecordsWithoutAnEventType(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sys.jsonl");
    Files.writeString(
        file,
        "{\"article\": \"a.txt\", \"event_type\": \"Riots\", \"evidence\": null}\n\n"
            + "{\"rejected\": true, \"article\": \"a.txt\"}\n");
    List<JsonNode> saved = new SavedEventReader().read(file);
    assertEquals(1, saved.size());
    SystemEvent s = SystemEvent.fromJson(saved.get(0));
    assertEquals("a", s.articleId());
    assertEquals(List.of(), s.sentences());
    assertEquals(Optional.empty(), s.country());
  }
}
