package org.sitrep.eval.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.BodyText;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.InputProblem;
import org.sitrep.model.Article;

/**
 * Reads each gold page as a user's run reads a web page, and scores its main text ({@link
 * BodyText}: no title, captions or credits), its title and its date. A page the reader refuses is
 * scored as an empty prediction and named among the failures.
 *
 * <pre>{@code
 * HtmlEvalReport report = new HtmlEvaluation(new ArticleReaders()).run(HtmlGoldSet.read(dir));
 * }</pre>
 */
public final class HtmlEvaluation {
  private final ArticleReader reader;

  public HtmlEvaluation(ArticleReader reader) {
    this.reader = reader;
  }

  /**
   * Scores every page, one after another, timing only the reading. Every page is read once
   * untimed before, so that pages/s is the speed of a reader in a long run (language model loaded,
   * code compiled), not of a JVM's first seconds.
   */
  public HtmlEvalReport run(List<HtmlGoldPage> gold) throws InputProblem {
    List<HtmlPageResult> results = new ArrayList<>();
    for (HtmlGoldPage page : gold) {
      try {
        reader.read(input(page));
      } catch (InputProblem problem) {
        // Only a warm-up: the page is scored, refusal and all, below.
      }
    }
    long nanos = 0;
    for (HtmlGoldPage page : gold) {
      ArticleInput input = input(page);
      long start = System.nanoTime();
      Article article;
      try {
        article = reader.read(input);
      } catch (InputProblem problem) {
        nanos += System.nanoTime() - start;
        results.add(failed(page, problem.getMessage()));
        continue;
      }
      nanos += System.nanoTime() - start;
      results.add(scored(page, article));
    }
    return new HtmlEvalReport(results, nanos / 1e9);
  }

  private static ArticleInput input(HtmlGoldPage page) throws InputProblem {
    Hints hints = page.url().map(Hints.NONE::withUrl).orElse(Hints.NONE);
    return new ArticleInput(page.name(), HtmlGoldSet.bytes(page), Optional.empty(), "",
        InputKind.HTML, hints);
  }

  private static HtmlPageResult scored(HtmlGoldPage page, Article article) {
    String title = collapse(article.metadata().title());
    Optional<LocalDate> date = article.metadata().published();
    return new HtmlPageResult(page.name(),
        ShingleScore.score(page.articleBody(), BodyText.of(article)),
        page.headline().map(h -> collapse(h).equals(title)),
        page.published().map(d -> date.isPresent() && date.get().equals(d)), Optional.empty());
  }

  private static HtmlPageResult failed(HtmlGoldPage page, String why) {
    return new HtmlPageResult(page.name(), ShingleScore.score(page.articleBody(), ""),
        page.headline().map(h -> false), page.published().map(d -> false), Optional.of(why));
  }

  private static String collapse(String text) {
    return text.replaceAll("(?U)\\s+", " ").strip();
  }
}
