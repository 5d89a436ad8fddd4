package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.PlainTextReader;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ExtractionResult;

/** The batch loop with a stand-in for the pipeline: dates, order, and one bad article of many. */
class ArticleBatchTest {
  private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);
  private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

  /** Reports the article's publication day as its token count, and fails on the word "crash". */
  private static ExtractionResult fake(Article a) {
    if (a.text().contains("crash")) {
      throw new IllegalStateException("stage broke\non this");
    }
    int day = a.metadata().published().map(LocalDate::getDayOfMonth).orElse(0);
    return new ExtractionResult(List.of(), List.of(), day);
  }

  @Test
  void eachArticleGetsItsOwnDateAndOneBadArticleStopsNothing(@TempDir Path dir) throws Exception {
    Path first = Files.writeString(dir.resolve("first.txt"), "Rebels fought in Ytown.");
    Path broken = Files.writeString(dir.resolve("broken.txt"), "This one will crash.");
    Path second = Files.writeString(dir.resolve("second.txt"), "Troops fought in Ztown.");
    List<ArticleBatch.Job> jobs =
        List.of(
            new ArticleBatch.Job(first.toString(), MARCH_11),
            new ArticleBatch.Job(dir.resolve("missing.txt").toString(), MARCH_11),
            new ArticleBatch.Job(broken.toString(), MARCH_11),
            new ArticleBatch.Job(second.toString(), MARCH_12));

    List<ArticleBatch.Outcome> outcomes =
        new ArticleBatch(new PlainTextReader(), ArticleBatchTest::fake, 2).run(jobs);

    assertEquals(
        jobs.stream().map(ArticleBatch.Job::file).toList(),
        outcomes.stream().map(ArticleBatch.Outcome::file).toList());
    assertEquals(
        11, assertInstanceOf(ArticleBatch.Extracted.class, outcomes.get(0)).result().tokens());
    ArticleBatch.Failed missing = assertInstanceOf(ArticleBatch.Failed.class, outcomes.get(1));
    assertEquals(dir.resolve("missing.txt") + ": no such file", missing.message());
    assertFalse(missing.bug());
    ArticleBatch.Failed bug = assertInstanceOf(ArticleBatch.Failed.class, outcomes.get(2));
    assertEquals(broken + ": internal error: stage broke on this", bug.message());
    assertTrue(bug.bug());
    assertEquals(
        12, assertInstanceOf(ArticleBatch.Extracted.class, outcomes.get(3)).result().tokens());
  }

  @Test
  void anEmptyBatchGivesNoOutcomes() throws Exception {
    assertEquals(
        Optional.empty(),
        new ArticleBatch(new PlainTextReader(), ArticleBatchTest::fake, 1)
            .run(List.of()).stream().findFirst());
  }
}
