package org.sitrep.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.internal.InOrder;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ExtractionResult;

/**
 * Reads and extracts many article files, each with its own publication date, on a pool of threads.
 * One article's failure is its outcome, not the batch's: a file that cannot be read gives an input
 * problem, an exception in extraction an internal error; the other articles are still done. The
 * outcomes come back in the order of the jobs.
 *
 * <pre>{@code
 * List<Outcome> outcomes = new ArticleBatch(Main.articleReader(), pipeline::extract, 2).run(jobs);
 * }</pre>
 */
final class ArticleBatch {
  /** One file to read, as named on the command line, and the day it was published. */
  record Job(String file, LocalDate published) {}

  /** What became of one job. */
  sealed interface Outcome permits Extracted, Failed {
    String file();
  }

  record Extracted(String file, ExtractionResult result) implements Outcome {}

  /**
   * @param message one line naming the file, fit to print after "sitrep: "
   * @param bug true when extraction threw: a bug in Sitrep, not a problem with the file
   */
  record Failed(String file, String message, boolean bug) implements Outcome {}

  private final ArticleReader reader;
  private final Function<Article, ExtractionResult> extraction;
  private final int threads;

  ArticleBatch(ArticleReader reader, Function<Article, ExtractionResult> extraction, int threads) {
    this.reader = reader;
    this.extraction = extraction;
    this.threads = threads;
  }

  List<Outcome> run(List<Job> jobs) throws InterruptedException {
    return InOrder.map(jobs, threads, "sitrep-batch", this::one);
  }

  private Outcome one(Job job) {
    Article article;
    try {
      ArticleFiles files =
          new ArticleFiles(InputStream.nullInputStream(), Optional.of(job.published()), "");
      article = reader.read(files.load(job.file()));
    } catch (InputProblem problem) {
      return new Failed(job.file(), problem.getMessage(), false);
    }
    try {
      return new Extracted(job.file(), extraction.apply(article));
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      // One article that trips a bug must not end a run over many; it is reported by name.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Failed(
          job.file(),
          job.file() + ": internal error: " + message.replaceAll("\\s+", " ").trim(),
          true);
    }
  }
}
