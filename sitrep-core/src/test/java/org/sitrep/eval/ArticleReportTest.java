package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.eval.ArticleFixtures.gold;
import static org.sitrep.eval.ArticleFixtures.readFrom;
import static org.sitrep.eval.ArticleFixtures.system;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The figures, rounding and layout of score.py on a three-article set written here. */
class ArticleReportTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 11);

  /**
   * a1: a required clash (found, actor2 wrong) and an optional march (found); a2: a required clash
   * that is missed; c1: a control with one event.
   */
  private static ArticleReport report() {
    ArticleGoldEvent clash = gold();
    ArticleGoldEvent march =
        gold(
            "{\"optional\": true, \"event_type\": \"Protests\", \"sub_event_type\": \"Peaceful"
                + " protest\", \"evidence\": \"Hundreds marched through Ytown.\"}");
    ArticleGoldEvent missed = gold("{\"article\": \"a2\"}");
    ArticleGoldSet set =
        new ArticleGoldSet(
            Path.of("gold"),
            List.of(
                new GoldArticle("a1", DAY, true),
                new GoldArticle("a2", DAY, true),
                new GoldArticle("c1", DAY, false)),
            List.of(clash, march, missed));
    List<SystemEvent> events =
        List.of(
            system("{\"actor2\": \"Ytown Police\"}"),
            readFrom("Hundreds marched through Ytown.", "{\"event_type\": \"Protests\"}"),
            system("{\"article\": \"texts/a1.txt\", \"location\": \"Far\", \"latitude\": 20.0}"),
            system("{\"article\": \"texts/c1.txt\"}"),
            system("{\"article\": \"texts/not_in_the_set.txt\"}"));
    return ArticleReport.of(set, events, true);
  }

  @Test
  void countsAsScorePyDoes() {
    ArticleReport r = report();
    assertEquals(2, r.goldEvents());
    assertEquals(4, r.systemEvents()); // the event of an unknown article is left out
    assertEquals(1, r.truePositives());
    assertEquals(1, r.matchedOptional());
    assertEquals(2, r.falsePositives());
    assertEquals(1, r.falseNegatives());
    assertEquals(1.0 / 3, r.precision(), 1e-12); // 1 / (4 - 1)
    assertEquals(0.5, r.recall(), 1e-12);
    assertEquals(OptionalDouble.of(0.0), r.fieldAccuracy("actor2"));
    assertEquals(OptionalDouble.of(1.0), r.fieldAccuracy("actor1"));
    assertEquals(OptionalDouble.of(1.0), r.falseAlarmsPerControl());
  }

  @Test
  void theJsonLineHasScorePysKeysOrderAndRounding() {
    ArticleReport.Run run =
        new ArticleReport.Run("runs/x.jsonl", Optional.of("a"), OptionalDouble.empty(), List.of());
    assertEquals(
        "{\"n_articles\": 3, \"n_gold\": 2, \"n_sys\": 4, \"precision\": 0.333, \"recall\": 0.5,"
            + " \"f1\": 0.4, \"event_type\": 1.0, \"sub_event_type\": 1.0, \"actor1\": 1.0,"
            + " \"actor2\": 0.0, \"location_25km\": 1.0, \"country\": 1.0, \"fatalities\": 1.0,"
            + " \"event_date\": 1.0, \"false_alarms_per_nonconflict\": 1.0, \"tp\": 1,"
            + " \"tp_same_sentence\": 1, \"matched_optional\": 1, \"system\": \"runs/x.jsonl\","
            + " \"articles_filter\": \"a\", \"matching\": \"evidence-aware\"}",
        report().toJson(run));
  }

  @Test
  void withoutTruePositivesTheFieldAccuraciesAreNull() {
    ArticleGoldSet empty =
        new ArticleGoldSet(Path.of("g"), List.of(new GoldArticle("a1", DAY, true)), List.of());
    String json =
        ArticleReport.of(empty, List.of(), false)
            .toJson(
                new ArticleReport.Run(
                    "s", Optional.empty(), OptionalDouble.of(12.345), List.of("texts/a1.txt")));
    assertTrue(json.contains("\"f1\": 0.0, \"event_type\": null,"), json);
    assertTrue(json.contains("\"false_alarms_per_nonconflict\": null,"), json);
    assertTrue(
        json.endsWith(
            "\"matching\": \"plain\", \"sitrep_seconds\": 12.3,"
                + " \"failed_articles\": [\"texts/a1.txt\"]}"),
        json);
  }

  @Test
  void roundsHalfToEvenOnTheExactValueAsPythonDoes() {
    assertEquals(0.062, ArticleReport.round(0.0625, 3)); // exactly half: to even
    assertEquals(0.299, ArticleReport.round(0.2995, 3)); // 0.2995 is stored a little below half
    assertEquals("0.12", ArticleReport.fixed(0.125, 2));
    assertEquals("2", ArticleReport.fixed(2.5, 0));
  }

  @Test
  void theTableAndDetailsReadAsScorePysDo() {
    String text =
        ArticleReportText.render(
            report(),
            new ArticleReport.Run("s", Optional.empty(), OptionalDouble.empty(), List.of()),
            "gold",
            true);
    assertTrue(
        text.contains("\na1                              1    1    3    1    1    0\n"), text);
    assertTrue(
        text.contains("\ntotal                           2    1    4    1    2    1\n"), text);
    assertTrue(text.contains("event-level  P 0.333  R 0.500  F1 0.400"), text);
    assertTrue(text.contains("on matched pairs (n=1): event_type 1.00  sub_event_type 1.00"), text);
    assertTrue(text.contains("      wrong: actor2\n"), text);
    assertTrue(text.contains("  ~ optional  2024-03-10±0 Protests/Peaceful protest"), text);
    assertTrue(
        text.contains("  - MISSED    2024-03-10±0 Battles/Armed clash | northern front"), text);
    assertTrue(
        text.contains(
            "  ! SPURIOUS  2024-03-10 Battles/Armed clash | Northern Front vs"
                + " Military Forces of Xland | Far, Xland | fat 0\n      from: Fighters"),
        text);
  }
}
