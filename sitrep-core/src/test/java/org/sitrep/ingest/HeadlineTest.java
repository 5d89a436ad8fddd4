package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlineTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ISIS Relaunches Attack in the South",
        "Troops push into old city as civilians flee",
        "Will the truce hold?",
        "Army Retakes The Town. Rebels Withdraw.",
        "Drone strikes hit targets across the U.S.",
        "Clashes resume near the border..."
      })
  void headlineLikeLinesAreHeadlines(String line) {
    assertTrue(Headline.isHeadline(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gunmen attacked a checkpoint near the town on Monday.",
        "Two soldiers were killed.",
        "Fighting went on through the night in the northern districts of the city, residents said,"
            + " and by morning the main road had been cut in two places by the militants",
        ""
      })
  void sentencesAndLongLinesAreNotHeadlines(String line) {
    assertFalse(Headline.isHeadline(line), line);
  }
}
