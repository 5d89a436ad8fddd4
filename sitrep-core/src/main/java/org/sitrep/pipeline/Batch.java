package org.sitrep.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Languages;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.ingest.source.Sources;
import org.sitrep.ingest.web.FetchSettings;
import org.sitrep.ingest.web.PageFetcher;
import org.sitrep.model.Article;

/**
 * The one loop over many inputs: reads their items one at a time (a crawl never sits in memory),
 * reads and works on each article on a pool of threads, and hands every outcome to a sink in the
 * order of the inputs, with at most a few articles per thread in flight. One article's failure is
 * its outcome, not the run's: a bad item or page is {@link Failed}, an exception in the work a
 * {@link Failed} marked as a bug, an article in a language Sitrep does not read {@link Skipped}.
 *
 * <pre>{@code
 * Batch<ExtractionResult> batch = new Batch<>(new ArticleReaders(), pipeline::extract, 2, true);
 * batch.run(List.of("crawl.warc.gz"), ReadOptions.none(), outcome -> ...);
 * }</pre>
 *
 * @param <R> what the work makes of an article: events, or the article itself for {@code read}
 */
public final class Batch<R> {
  /** What became of one item. */
  public sealed interface Outcome<R> permits Done, Skipped, Failed {
    /** The input as named by the user, which held the item. */
    String input();
  }

  public record Done<R>(String input, Article article, R result) implements Outcome<R> {}

  /** An article not worked on; {@code why} is one line naming it. */
  public record Skipped<R>(String input, Article article, String why) implements Outcome<R> {}

  /**
   * @param message one line naming the item and the problem
   * @param bug true when the work threw: a bug in Sitrep, not a problem with the input
   */
  public record Failed<R>(String input, String message, boolean bug) implements Outcome<R> {}

  /** One input as the user named it, with what they said about it (its own date, say). */
  public record Input(String name, ReadOptions options) {}

  /** Takes the outcomes, in order, on the caller's thread. */
  @FunctionalInterface
  public interface Sink<R> {
    void accept(Outcome<R> outcome) throws IOException;
  }

  /**
   * The longest text extraction takes: ten times the longest news feature (about 10,000 words).
   * CoreNLP holds a sentence whole while it tags it, and a record of megabytes in one line (a dump
   * of a database field, a minified page) is one sentence of a million tokens, which would take
   * the heap and every other article's thread with it. Lower than the reader's 20 MB file limit,
   * which bounds what is read, not what is parsed.
   */
  public static final int MAX_CHARACTERS = 500_000;

  /** Articles in flight per thread: enough to keep the pool busy while the sink writes. */
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final ArticleReader reader;
  private final Function<Article, R> work;
  private final int threads;
  private final boolean extracting;
  private final Runnable beforeFirstArticle;

  /**
   * @param extracting true for extraction: an article detected in another language is skipped
   *     (one too short to tell is worked on), and one longer than {@link #MAX_CHARACTERS} fails
   */
  public Batch(ArticleReader reader, Function<Article, R> work, int threads, boolean extracting) {
    this(reader, work, threads, extracting, () -> {});
  }

  private Batch(ArticleReader reader, Function<Article, R> work, int threads, boolean extracting,
      Runnable beforeFirstArticle) {
    this.reader = reader;
    this.work = work;
    this.threads = Math.max(1, threads);
    this.extracting = extracting;
    this.beforeFirstArticle = beforeFirstArticle;
  }

  /**
   * This batch, doing {@code prepare} on the caller's thread when the first readable item comes:
   * loading a pipeline there means a run of bad inputs loads nothing, and a load that fails (a
   * damaged model file) ends the run with its own message instead of failing every article.
   */
  public Batch<R> preparingWith(Runnable prepare) {
    return new Batch<>(reader, work, threads, extracting, prepare);
  }

  /**
   * Works through the inputs; returns when every outcome has reached the sink.
   *
   * @throws IOException what the sink threw (the output failed); the run stops there
   */
  public void run(List<String> inputs, ReadOptions options, Sink<R> sink)
      throws IOException, InterruptedException {
    run(inputs.stream().map(name -> new Input(name, options)).toList(), sink);
  }

  /** As {@link #run(List, ReadOptions, Sink)}, each input with its own options. */
  public void run(List<Input> inputs, Sink<R> sink) throws IOException, InterruptedException {
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads,
        r -> new Thread(r, "sitrep-batch-" + number.incrementAndGet()));
    Deque<Future<Outcome<R>>> inFlight = new ArrayDeque<>();
    boolean prepared = false;
    // One fetcher for the run, made only if the user named a URL: one host is asked once at a time.
    PageFetcher fetcher = null;
    try {
      for (Input each : inputs) {
        String input = each.name();
        if (fetcher == null && Sources.isUrl(input)) {
          fetcher = new PageFetcher(FetchSettings.defaults());
        }
        try (ArticleSource source = fetcher == null ? Sources.open(input, each.options())
            : Sources.open(input, each.options(), fetcher)) {
          for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
            SourceItem found = item.get();
            if (!prepared && found instanceof SourceItem.Found) {
              beforeFirstArticle.run();
              prepared = true;
            }
            inFlight.add(pool.submit(() -> process(input, found)));
            while (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
              sink.accept(get(inFlight.removeFirst()));
            }
          }
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(get(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What becomes of one item: read, checked for its language, worked on. Whatever the item, a
   * failure is its outcome: a bad item or page is {@link Failed}, and so is a bug in reading or in
   * the work (marked as one), so one page that trips the reader cannot end a run over many. For a
   * caller that takes items one at a time itself ({@code watch}), on its own thread.
   *
   * @param input the input as the user named it, which held the item
   */
  public Outcome<R> process(String input, SourceItem item) {
    if (item instanceof SourceItem.Broken broken) {
      return new Failed<>(input, broken.message(), false);
    }
    String id = item.id();
    try {
      Article article;
      try {
        article = reader.read(((SourceItem.Found) item).input());
      } catch (InputProblem problem) {
        return new Failed<>(input, problem.getMessage(), false);
      }
      id = article.id();
      if (extracting && article.text().length() > MAX_CHARACTERS) {
        return new Failed<>(input, String.format(java.util.Locale.ROOT,
            "%s: %,d characters, more than one report holds (at most %,d); not extracted", id,
            article.text().length(), MAX_CHARACTERS), false);
      }
      Optional<String> notEnglish =
          extracting ? Languages.notEnglish(article) : Optional.empty();
      if (notEnglish.isPresent()) {
        return new Skipped<>(input, article, id + ": " + notEnglish.get() + "; skipped");
      }
      return new Done<>(input, article, work.apply(article));
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      // One article that trips a bug must not end a run over many; it is reported by name.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Failed<>(input,
          id + ": internal error: " + message.replaceAll("\\s+", " ").trim(), true);
    }
  }


  private static <R> Outcome<R> get(Future<Outcome<R>> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // process() returns its failures; what escapes it is an Error, which must not be swallowed.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
