package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.ExtractionResult;

class TextEventWriterTest {
  private static String write(boolean explain, ExtractionResult result)
      throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = OutputFormat.TEXT.open(out, explain);
    writer.write("reports/deir.txt", result);
    writer.finish();
    return out.toString();
  }

  @Test
  void headsEachEventWithDateTypeAndPlaceThenActorsCountsAndEvidence() throws IOException {
    String text = write(false, SampleEvents.result(SampleEvents.clash()));
    assertTrue(text.startsWith("reports/deir.txt: 1 event\n"));
    assertTrue(text.contains("1. 2025-03-11  Armed clash  Deir ez-Zor, Syria (geo precision 1)"));
    assertTrue(text.contains("actors: Military Forces of Syria (2000-) (with NDF: National Defence"
        + " Forces; Shaitat Tribal Militia) vs Islamic State (Syria)"));
    assertTrue(text.contains("fatalities 12, injured 5, captured 0; confidence 0.75"));
    assertTrue(text.contains("fatalities: \"at least 12, including two officers\" (lowest figure)"));
    assertFalse(text.contains("Not coded"));
  }

  @Test
  void explainListsRejectedCandidatesWithReasonCueAndSentence() throws IOException {
    String text = write(true, SampleEvents.result(SampleEvents.bareStrike()));
    assertTrue(text.contains("date unknown  Air/drone strike  place unknown"));
    assertTrue(text.contains("Not coded (1):"));
    assertTrue(text.contains("- \"attack\": future, cue \"will\""));
    assertTrue(text.contains("\"Officials warned that militants will attack the bridge.\""));
  }

  @Test
  void printsNothingForAnArticleWithoutEventsUnlessExplaining() throws IOException {
    assertEquals("", write(false, SampleEvents.result()));
    assertTrue(write(true, SampleEvents.result()).startsWith("reports/deir.txt: 0 events"));
  }
}
