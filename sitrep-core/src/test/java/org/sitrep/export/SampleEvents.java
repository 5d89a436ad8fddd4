package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Rejection;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.pipeline.ExtractionResult;

/** Hand-built events for the writer tests; the texts are invented. */
final class SampleEvents {
  static final Actor SYRIAN_ARMY =
      new Actor("Military Forces of Syria (2000-)", 1, "SYRMIL", "SYR", false);
  static final Actor ISLAMIC_STATE = new Actor("Islamic State (Syria)", 2, "IMGSYRMUS", "SYR", false);
  static final Actor TRIBAL_MILITIA = new Actor("Shaitat Tribal Militia", 4, "", "SYR", false);
  static final Actor LOCAL_MILITIA = new Actor("NDF: National Defence Forces", 3, "", "SYR", false);
  static final Place DEIR_EZ_ZOR =
      new Place(170794, "Deir ez-Zor", 35.3359, 40.1408, "PPLA", "Syria", "SYR", "Deir ez-Zor", "", 0);

  private SampleEvents() {}

  /** A clash with every field filled, associated actors on both sides and a note with a quote. */
  static Event clash() {
    return new Event(
        "a1-e1",
        "reports/deir.txt",
        Optional.of(LocalDate.of(2025, 3, 11)),
        TimePrecision.DAY,
        SubEventType.ARMED_CLASH,
        Optional.of(SYRIAN_ARMY),
        List.of(LOCAL_MILITIA, TRIBAL_MILITIA),
        Optional.of(ISLAMIC_STATE),
        List.of(),
        Optional.of(DEIR_EZ_ZOR),
        GeoPrecision.EXACT,
        "Levant Wire",
        "On 11 March 2025, troops fought \"IS\" fighters, north of the city.",
        12,
        5,
        0,
        "190",
        "FIGHT",
        Modality.ASSERTED,
        0.75,
        List.of(
            new Evidence("fatalities", "at least 12, including two officers", 40, 75, "lowest figure"),
            new Evidence("location", "Deir ez-Zor", 10, 21)));
  }

  /** A strike with no second actor, no place and no date. */
  static Event bareStrike() {
    return new Event(
        "a1-e2",
        "reports/deir.txt",
        Optional.empty(),
        TimePrecision.MONTH,
        SubEventType.AIR_DRONE_STRIKE,
        Optional.of(SYRIAN_ARMY),
        List.of(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        GeoPrecision.REGION,
        "",
        "",
        0,
        0,
        0,
        "",
        "",
        Modality.ASSERTED,
        1.0,
        List.of());
  }

  static Rejection futureAttack() {
    String sentence = "Officials warned that militants will attack the bridge.";
    return new Rejection(
        new Evidence("trigger", "attack", 300, 306),
        new Evidence("sentence", sentence, 266, 266 + sentence.length()),
        "future",
        "will");
  }

  static ExtractionResult result(Event... events) {
    return new ExtractionResult(List.of(events), List.of(futureAttack()), 120);
  }
}
