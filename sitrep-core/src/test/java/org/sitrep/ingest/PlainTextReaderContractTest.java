package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/** Properties every read must keep, checked on random reports built from report-like pieces. */
class PlainTextReaderContractTest {
  private static final String[] PIECES = {
    "The army said ",
    "REUTERS/Some Name",
    "BEIRUT (Reuters) - ",
    "By Jane Example",
    "Photo: ",
    "Aleppo- Nadia Example",
    "Posted on May 3, 2017",
    "حلب ",
    "échange ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\u00A0",
    "\t",
    ".",
    "—",
    "|",
    "(",
    ")",
    "AL-TANF, Syria (AP) — ",
    "Image caption ",
    "killed 12 people",
    "Getty Images",
    "(Reporting by A Name; Editing by B Name)",
    "😀"
  };

  private final PlainTextReader reader = new PlainTextReader();

  private static String randomReport(Random random) {
    StringBuilder text = new StringBuilder("x");
    int pieces = 1 + random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private Article read(String text) throws InputProblem {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return reader.read(new ArticleInput("random.txt", bytes, Optional.empty(), ""));
  }

  @Test
  void randomReportsKeepTextExactAndSpansInsideIt() throws InputProblem {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      String text = randomReport(random);
      String reproduce = "seed " + seed + ", report " + i + ": " + text;
      Article article = read(text);
      assertEquals(text, article.text(), reproduce);
      Span title = article.metadata().titleSpan();
      assertEquals(
          article.metadata().title(), text.substring(title.start(), title.end()), reproduce);
      for (Span span : article.nonBody()) {
        assertTrue(span.end() <= text.length(), reproduce);
        assertTrue(span.length() > 0, reproduce);
        String words = text.substring(span.start(), span.end());
        assertEquals(words.strip(), words, reproduce);
      }
    }
  }

  @Test
  void readingIsDeterministicAndSafeAcrossThreads() throws Exception {
    Random random = new Random(20170606L);
    List<String> reports = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      reports.add(randomReport(random));
    }
    List<Article> once = new ArrayList<>();
    for (String report : reports) {
      once.add(read(report));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> again = new ArrayList<>();
      for (String report : reports) {
        again.add(pool.submit(() -> read(report)));
      }
      for (int i = 0; i < reports.size(); i++) {
        assertEquals(once.get(i), again.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
