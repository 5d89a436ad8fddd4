package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * What every article must get from the pipeline, whatever its text: evidence that is the
 * article's own characters, the same answer every time and on every thread, and no failure on
 * long, foreign or random text. Random texts print their seed so that a failure can be replayed.
 */
class PipelineContractIT {
  private static final String[] WORDS = {
    "Rebels", "attacked", "the", "army", "in", "Aleppo", "on", "Monday", "killing", "at", "least",
    "5", "soldiers", "ISIS", "fighters", "clashed", "with", "police", "near", "Mosul", "will",
    "not", "several", "civilians", "were", "abducted", ",", ".", "al-Tanf", "Syria", "'s", "said"
  };

  private static void assertEvidenceIsTheText(String text, ExtractionResult r) {
    for (Event e : r.events()) {
      e.evidence().forEach(v -> assertEquals(v.text(), text.substring(v.start(), v.end()), v.field()));
    }
  }

  @Test
  void longInputIsRead() {
    String paragraph = "Islamic State fighters attacked Syrian army posts in Palmyra on Wednesday, "
        + "killing four soldiers. The army said it repelled the attack.\n\n";
    String text = "Title\n\n" + paragraph.repeat(60);
    ExtractionResult r = SharedPipeline.extract(text, "2017-11-23");
    assertTrue(r.tokens() > 1200, () -> "tokens: " + r.tokens());
    assertEvidenceIsTheText(text, r);
    assertEquals(1, r.events().size(), "one event reported sixty times");
  }

  @Test
  void nonAsciiTextIsReadWithCorrectOffsets() {
    String text = "Affrontements à Alep\n\nمقاتلون — Kurdish fighters clashed with Turkish troops near Afrin "
        + "on Tuesday, killing 3 civilians, said Şahin Özdemir.";
    ExtractionResult r = SharedPipeline.extract(text, "2018-02-01");
    assertEvidenceIsTheText(text, r);
    assertTrue(!r.events().isEmpty());
  }

  @Test
  void textWithNoEventGivesNoEvent() {
    ExtractionResult r = SharedPipeline.extract("Markets\n\nThe price of bread rose in Aleppo.", "2017-11-23");
    assertTrue(r.events().isEmpty());
  }

  @Test
  void theSameArticleGivesTheSameEventsOnEveryThread() throws Exception {
    String text = "Clashes\n\nIslamic State fighters attacked Syrian army posts in Palmyra on Wednesday, "
        + "killing four soldiers, and gunmen abducted two shepherds near Raqqa on Tuesday.";
    ExtractionResult first = SharedPipeline.extract(text, "2017-11-23");
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "contract-test"));
    try {
      List<Future<ExtractionResult>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> SharedPipeline.extract(text, "2017-11-23")));
      }
      for (Future<ExtractionResult> run : runs) {
        assertEquals(first.events(), run.get().events());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void randomTextNeverBreaksThePipeline() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int n = 0; n < 20; n++) {
      StringBuilder text = new StringBuilder("Random report\n\n");
      int words = 5 + random.nextInt(60);
      for (int i = 0; i < words; i++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "\n\n" : " ");
      }
      String t = text.toString();
      try {
        assertEvidenceIsTheText(t, SharedPipeline.extract(t, random.nextBoolean() ? "2020-01-15" : null));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("random text failed; reproduce with seed " + seed + ": " + t, e);
      }
    }
  }
}
