package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Issue #6: the whole pipeline on the articles the project wrote and coded by hand
 * ({@code gold/articles}: one attack over several sentences, waves, two events in one article,
 * passives and nouns, background, tolls, threats, crime, dates, counts, headings), scored as a
 * desk would score its own set. The floors are today's figures less a margin: a regression fails
 * the build, an improvement lands without editing the test. These articles were written while the
 * rules were built, so they guard against regressions; they do not measure accuracy.
 */
class OwnArticlesIT {
  @Test
  void theProjectsOwnArticlesKeepTheirScores() throws Exception {
    CommandRun run = CommandRun.of("eval", "articles", "../gold/articles", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode figures = new ObjectMapper().readTree(run.out());
    double f1 = figures.get("f1").asDouble();
    double falseAlarms = figures.get("false_alarms_per_nonconflict").asDouble();
    assertTrue(f1 >= 0.80, () -> "F1 fell to " + f1 + ": " + run.out());
    assertTrue(falseAlarms <= 0.34, () -> "false alarms rose to " + falseAlarms + ": " + run.out());
    assertTrue(figures.get("event_date").asDouble() >= 0.9, run.out());
  }
}
