package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/** Hand-made gold rows and events; the places and groups are invented. */
class EventEvaluationTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 21);
  private static final Actor ARMY =
      new Actor("Military Forces of Xland (2010-)", 1, "", "XLD", false);
  private static final Actor REBELS = new Actor("Northern Front", 2, "", "XLD", false);

  /** About 11 km north of the gold coordinates below. */
  private static final Place NEAR = place("Ytown", 36.10, 66.80);

  /** About 111 km north. */
  private static final Place FAR = place("Ztown", 37.0, 66.80);

  private final EventEvaluation evaluation = new EventEvaluation();

  private static Place place(String name, double lat, double lon) {
    return new Place(0, name, lat, lon, "PPL", "Xland", "XLD", "North", "", 0);
  }

  private static GoldEvent clash(String id) {
    return new GoldEvent(
        id,
        DAY,
        "Battles",
        "Armed clash",
        "Northern Front",
        "Military Forces of Xland (2010-)",
        2,
        1,
        "Xland",
        "North",
        "Ytown",
        OptionalDouble.of(36.0),
        OptionalDouble.of(66.8),
        5,
        "On 21 March 2020, rebels attacked.");
  }

  private static Event event(SubEventType type, Actor actor1, Place place, int fatalities) {
    return event(type, actor1, Optional.empty(), place, fatalities);
  }

  private static Event event(SubEventType type, Actor actor1, Actor actor2, Place place,
      int fatalities) {
    return event(type, actor1, Optional.of(actor2), place, fatalities);
  }

  private static Event event(SubEventType type, Actor actor1, Optional<Actor> actor2,
      Place place, int fatalities) {
    return new Event(
        "e",
        "a",
        Optional.of(DAY),
        TimePrecision.DAY,
        type,
        Optional.of(actor1),
        List.of(),
        actor2,
        List.of(),
        Optional.of(place),
        GeoPrecision.EXACT,
        "",
        "",
        fatalities,
        0,
        0,
        "",
        "",
        Modality.ASSERTED,
        1.0,
        List.of());
  }

  @Test
  void picksTheEventOfTheGoldTypeOverOneListedFirst() {
    Event attack = event(SubEventType.ATTACK, REBELS, NEAR, 5);
    Event clash = event(SubEventType.ARMED_CLASH, ARMY, FAR, 2);
    RowScore score = evaluation.score(clash("r1"), List.of(attack, clash));
    assertEquals(Optional.of(clash), score.best());
    assertEquals(2, score.events());
    assertEquals(1, score.eventsOfGoldType());
    assertTrue(score.eventTypeCorrect());
    assertFalse(score.actor1Correct());
    assertFalse(score.actor1OnEitherSide());
    assertFalse(score.locationNear());
    assertEquals(111.2, score.distanceKm().get(), 0.5);
    assertEquals(3, score.fatalitiesError());
  }

  @Test
  void scoresEveryFieldOfAPerfectMatchAsRight() {
    RowScore score =
        evaluation.score(clash("r1"), List.of(event(SubEventType.ARMED_CLASH, REBELS, NEAR, 5)));
    assertTrue(score.found());
    assertTrue(score.subEventTypeCorrect());
    assertTrue(score.actor1Correct());
    assertTrue(score.inter1Correct());
    assertTrue(score.locationNear());
    assertTrue(score.countryCorrect());
    assertTrue(score.fatalitiesCorrect());
    assertTrue(score.dateCorrect());
  }

  @Test
  void countsPrecisionOverEventsAndRecallOverRows() {
    List<RowScore> scores =
        List.of(
            evaluation.score(
                clash("r1"),
                List.of(
                    event(SubEventType.ARMED_CLASH, REBELS, NEAR, 5),
                    event(SubEventType.ATTACK, REBELS, NEAR, 5))),
            evaluation.score(clash("r2"), List.of(event(SubEventType.ARMED_CLASH, ARMY, FAR, 1))),
            evaluation.score(clash("r3"), List.of()),
            evaluation.failed(clash("r4"), "IllegalStateException: boom"));
    EvaluationReport report = EvaluationReport.of(scores);
    Detection d = report.detection();
    assertEquals(new Detection(2, 3, 2, 2, 3), d);
    assertEquals(2.0 / 3, d.precision(), 1e-9);
    assertEquals(2.0 / 3, d.recall(), 1e-9);
    assertEquals(2.0 / 3, d.f1(), 1e-9);
    Map<String, Accuracy> byName =
        report.accuracies().stream()
            .collect(java.util.stream.Collectors.toMap(Accuracy::name, a -> a));
    assertEquals(new Accuracy("actor1 (exact name)", 1, 2), byName.get("actor1 (exact name)"));
    assertEquals(new Accuracy("location within 25 km", 1, 2), byName.get("location within 25 km"));
    assertEquals(2.0, report.fatalitiesMae(), 1e-9);
    assertEquals(
        List.of(new EvaluationReport.RowError("r4", "IllegalStateException: boom")),
        report.errors());
    assertEquals(
        List.of(new EvaluationReport.TypeBreakdown("Battles", 3, 2, 2)), report.byEventType());
  }

  @Test
  void recordsARowWhoseExtractionThrowsAndGoesOn() throws Exception {
    List<RowScore> scores =
        evaluation.scoreAll(
            List.of(clash("ok"), clash("bad")),
            gold -> {
              if (gold.id().equals("bad")) {
                throw new IllegalArgumentException("no parse");
              }
              return List.of(event(SubEventType.ARMED_CLASH, REBELS, NEAR, 5));
            },
            2);
    assertTrue(scores.get(0).found());
    assertEquals(Optional.of("IllegalArgumentException: no parse"), scores.get(1).error());
  }

  @Test
  void rendersTheFiguresWithTheirCountsInMarkdownAndJson() throws Exception {
    EvaluationReport report =
        EvaluationReport.of(
            List.of(
                evaluation.score(
                    clash("r1"), List.of(event(SubEventType.ARMED_CLASH, REBELS, FAR, 5))),
                evaluation.score(clash("r2"), List.of())));
    String md = report.toMarkdown();
    assertTrue(md.contains("| recall (rows with any event) | 0.500 | 1 / 2 rows |"), md);
    assertTrue(md.contains("| location within 25 km | 0.000 | 0 / 1 |"), md);
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertEquals(1.0, json.get("detection").get("precision").asDouble());
    assertEquals(2, json.get("detection").get("rows").asInt());
    assertEquals("event_type", json.get("accuracies").get(0).get("field").asText());
    assertEquals(0, json.get("errors").size());
  }

  @Test
  void scoresEveryRowEndToEndAMissedRowBeingWrong() throws Exception {
    EvaluationReport report = EvaluationReport.of(List.of(
        evaluation.score(clash("r1"), List.of(event(SubEventType.ARMED_CLASH, REBELS, NEAR, 5))),
        evaluation.score(clash("r2"), List.of(
            event(SubEventType.ARMED_CLASH, ARMY, REBELS, NEAR, 5),
            event(SubEventType.ATTACK, REBELS, FAR, 0))),
        evaluation.score(clash("r3"), List.of())));
    Map<String, Double> e2e = new java.util.HashMap<>();
    report.endToEnd().fields().forEach(a -> e2e.put(a.name(), a.rate()));
    assertEquals(2 / 3.0, e2e.get("event_type"), 1e-9);
    assertEquals(1 / 3.0, e2e.get("actor1"), 1e-9, "r2's actor1 is the army");
    assertEquals(1 / 3.0, e2e.get("actor_pair"), 1e-9, "r2 names both, swapped");
    assertEquals(0.0, e2e.get("actor2"), 1e-9, "r1 names no second side, r2 the wrong one");
    assertEquals(1 / 3.0, report.endToEnd().spuriousPerRow(), 1e-9, "one event beyond r2's match");
    assertEquals(List.of(new EndToEnd.Country("Xland", 3, 2, 1, 1, 3, 2)),
        report.endToEnd().byCountry());
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertEquals(0.3333, json.get("end_to_end").get("actor_pair").asDouble(), 1e-9);
    assertTrue(report.toMarkdown().contains("| Xland | 3 |"), report.toMarkdown());
  }
}
