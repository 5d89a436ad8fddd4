package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

/**
 * The town a report is about: where an event its sentences do not place is put, once the report
 * has named that town more than any other. Each on a report written here.
 */
class ReportTownIT {
  private static Place place(Event e) {
    return e.place().orElseThrow(() -> new AssertionError("no place: " + e));
  }

  /**
   * An event told beyond the reach of the sentences that name a place is in the town the report
   * names most; with two towns named once each, none leads, and the country stays.
   */
  @Test
  void anEventFarFromAnyPlaceIsInTheTownTheReportNamesMost() {
    String later = " The state governor condemned the attack. He promised to rebuild the station."
        + " Schools remained closed on Tuesday. Traders said the markets were quiet. On Tuesday"
        + " night, soldiers clashed with bandits at a checkpoint, killing three bandits.";
    ExtractionResult named = SharedPipeline.extract("Gunmen attacked a police station in Lafia on"
        + " Monday, killing two officers. It was the third raid on Lafia this month." + later,
        "2024-06-05");
    assertEquals(2, named.events().size(), () -> "events: " + named.events());
    Event clash = named.events().get(1);
    assertEquals("Lafia", place(clash).name(), clash::toString);
    assertEquals(GeoPrecision.NEAR, clash.geoPrecision());
    ExtractionResult two = SharedPipeline.extract("Gunmen attacked a police station in Lafia on"
        + " Monday, killing two officers. Officials in Keffi said the gunmen fled." + later,
        "2024-06-05");
    assertEquals("PCLI", place(two.events().get(1)).featureCode(), two.events()::toString);
  }

  /** A town named only after the event is not where the event was. */
  @Test
  void aTownNamedOnlyLaterDoesNotPlaceAnEarlierEvent() {
    ExtractionResult r = SharedPipeline.extract("Gunmen attacked several shops in the old quarter"
        + " on Friday, killing nine people. Later that week, the governor visited Lafia."
        + " Traders in Lafia said the markets were quiet.", "2024-06-05");
    Event bombs = r.events().get(0);
    assertEquals(true, bombs.evidence().stream().noneMatch(v -> v.field().equals("location")
        && v.note().contains("the town the report names most")), bombs::toString);
  }
}
