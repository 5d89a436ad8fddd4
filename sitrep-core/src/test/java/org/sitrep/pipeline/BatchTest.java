package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleReaders;
import org.sitrep.ingest.source.ReadOptions;

class BatchTest {
  @TempDir Path dir;

  private String report(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  private static String english(int n) {
    return "Report " + n + ". Gunmen attacked a police checkpoint on the road outside the town"
        + " on Monday and fled before reinforcements arrived, officials said.";
  }

  @Test
  void outcomesComeInTheOrderOfTheInputsWhateverTheThreads() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      inputs.add(report("r" + i + ".txt", english(i)));
    }
    List<String> ids = new ArrayList<>();
    new Batch<String>(new ArticleReaders(), a -> a.id(), 3, true)
        .run(inputs, ReadOptions.none(), o -> ids.add(((Batch.Done<String>) o).result()));
    assertEquals(inputs, ids);
  }

  @Test
  void aBadItemABugAndAnotherLanguageAreOutcomesAndTheRestGoOn() throws Exception {
    String missing = dir.resolve("missing.txt").toString();
    String bug = report("bug.txt", english(1));
    String french = report("fr.txt", "Des hommes armés ont attaqué lundi un poste de police sur la"
        + " route à la sortie de la ville avant de prendre la fuite, selon les autorités.");
    String good = report("good.txt", english(2));
    List<Batch.Outcome<Integer>> outcomes = new ArrayList<>();
    new Batch<Integer>(new ArticleReaders(), a -> {
      if (a.id().endsWith("bug.txt")) {
        throw new IllegalStateException("boom\nat line 2");
      }
      return a.text().length();
    }, 2, true).run(List.of(missing, bug, french, good), ReadOptions.none(), outcomes::add);
    assertEquals(4, outcomes.size());
    assertEquals(missing + ": no such file",
        assertInstanceOf(Batch.Failed.class, outcomes.get(0)).message());
    Batch.Failed<?> failed = assertInstanceOf(Batch.Failed.class, outcomes.get(1));
    assertTrue(failed.bug());
    assertEquals(bug + ": internal error: boom at line 2", failed.message());
    assertEquals(french + ": in French (fr), not English; skipped",
        assertInstanceOf(Batch.Skipped.class, outcomes.get(2)).why());
    assertEquals(good, assertInstanceOf(Batch.Done.class, outcomes.get(3)).input());
  }

  @Test
  void preparesOnceAtTheFirstReadableItemAndNeverForBadInputsAlone() throws Exception {
    AtomicInteger prepared = new AtomicInteger();
    Batch<String> batch = new Batch<String>(new ArticleReaders(), a -> a.id(), 2, true)
        .preparingWith(prepared::incrementAndGet);
    batch.run(List.of(dir.resolve("a.txt").toString(), dir.toString()), ReadOptions.none(),
        o -> {});
    assertEquals(0, prepared.get());
    batch.run(List.of(report("a.txt", english(1)), report("b.txt", english(2))),
        ReadOptions.none(), o -> {});
    assertEquals(1, prepared.get());
  }

  @Test
  void eachInputKeepsItsOwnDate() throws Exception {
    java.time.LocalDate monday = java.time.LocalDate.of(2024, 3, 4);
    List<Batch.Input> inputs = List.of(
        new Batch.Input(report("a.txt", english(1)), new ReadOptions(
            java.util.Optional.of(monday), "", java.io.InputStream.nullInputStream())),
        new Batch.Input(report("b.txt", english(2)), new ReadOptions(
            java.util.Optional.of(monday.plusDays(7)), "", java.io.InputStream.nullInputStream())));
    List<java.util.Optional<java.time.LocalDate>> dates = new ArrayList<>();
    new Batch<String>(new ArticleReaders(), a -> a.id(), 2, true)
        .run(inputs, o -> dates.add(((Batch.Done<String>) o).article().metadata().published()));
    assertEquals(List.of(java.util.Optional.of(monday), java.util.Optional.of(monday.plusDays(7))),
        dates);
  }

  @Test
  void aBugInReadingOnePageIsThatPagesOutcomeAndTheRestGoOn() throws Exception {
    String bad = report("bad.txt", english(1));
    String good = report("good.txt", english(2));
    ArticleReaders readers = new ArticleReaders();
    List<Batch.Outcome<String>> outcomes = new ArrayList<>();
    new Batch<String>(input -> {
      if (input.id().endsWith("bad.txt")) {
        throw new IllegalStateException("reader broke");
      }
      return readers.read(input);
    }, a -> a.id(), 2, true).run(List.of(bad, good), ReadOptions.none(), outcomes::add);
    Batch.Failed<?> failed = assertInstanceOf(Batch.Failed.class, outcomes.get(0));
    assertTrue(failed.bug());
    assertEquals(bad + ": internal error: reader broke", failed.message());
    assertEquals(good, assertInstanceOf(Batch.Done.class, outcomes.get(1)).result());
  }

  @Test
  void aTextLongerThanAnyReportFailsByNameUnworkedAndTheRestGoOn() throws Exception {
    // One line of megabytes, as a database dump or a minified page gives: never handed to the work.
    String huge = report("dump.txt", "casualties ".repeat(Batch.MAX_CHARACTERS / 11 + 10));
    String good = report("good.txt", english(3));
    List<String> worked = new ArrayList<>();
    List<Batch.Outcome<String>> outcomes = new ArrayList<>();
    new Batch<String>(new ArticleReaders(), a -> {
      worked.add(a.id());
      return a.id();
    }, 2, true).run(List.of(huge, good), ReadOptions.none(), outcomes::add);
    Batch.Failed<?> failed = assertInstanceOf(Batch.Failed.class, outcomes.get(0));
    assertTrue(!failed.bug());
    assertTrue(failed.message().startsWith(huge + ": 500,1"), failed.message());
    assertTrue(failed.message().endsWith("characters, more than one report holds (at most"
        + " 500,000); not extracted"), failed.message());
    assertEquals(List.of(good), worked);
    assertEquals(good, assertInstanceOf(Batch.Done.class, outcomes.get(1)).result());
  }
}
