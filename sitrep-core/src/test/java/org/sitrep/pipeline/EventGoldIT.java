package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.AcledGoldReader;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.EvaluationReport;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;

/** The whole pipeline scored against Sitrep's own hand-coded gold events, with pinned floors. */
class EventGoldIT {
  @Test
  void scoresStayAboveTheirFloors() throws Exception {
    List<GoldEvent> gold;
    try (Reader in = new InputStreamReader(
        EventGoldIT.class.getResourceAsStream("/gold/events.csv"), StandardCharsets.UTF_8)) {
      gold = new AcledGoldReader().read(in, "gold/events.csv");
    }
    EvaluationReport report = new EventEvaluation().evaluate(gold,
        row -> SharedPipeline.extract(row.notes(), row.eventDate().toString()).events(), 2);
    System.out.println(report.toMarkdown());
    assertTrue(report.detection().f1() >= F1_FLOOR, () -> "F1 " + report.detection().f1());
    assertAtLeast(report, "event_type", 0.90);
    assertAtLeast(report, "sub_event_type", 0.90);
    assertAtLeast(report, "actor1 (exact name)", 0.85);
    assertAtLeast(report, "fatalities (exact)", 0.90);
    assertAtLeast(report, "location within 25 km", 0.88);
  }

  /** Measured 1.000 on 2026-11-25 (all 30 rows found and typed right); floors sit a little below. */
  private static final double F1_FLOOR = 0.93;

  private static void assertAtLeast(EvaluationReport report, String field, double floor) {
    Accuracy a = report.accuracies().stream().filter(x -> x.name().equals(field)).findFirst()
        .orElseThrow(() -> new AssertionError("no accuracy named " + field));
    assertTrue(a.rate() >= floor, () -> field + " " + a.rate() + " < " + floor);
  }
}
