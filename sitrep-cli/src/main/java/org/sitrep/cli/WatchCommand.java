package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.export.OutputFormat;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.source.FeedPoll;
import org.sitrep.ingest.source.FeedPoller;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.ingest.web.FetchProblem;
import org.sitrep.ingest.web.FetchSettings;
import org.sitrep.ingest.web.PageFetcher;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.store.StoreException;
import org.sitrep.store.postgres.PostgresStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep watch}: polls feeds, reads each new item's page and writes its events. What was
 * seen is kept in the data directory ({@code watch/seen.tsv}), so a restart does not write the
 * same events again. A feed that fails is a one-line warning and is polled at twice its interval
 * (up to an hour) until it answers; the others go on. With {@code --once} every feed is polled
 * once and the exit code is 2 if anything failed. With {@code --store} the new items and their
 * events go to the event store, as {@code ingest} sends them.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Poll RSS, Atom or JSON feeds and write the events of their new items.")
final class WatchCommand implements Callable<Integer> {
  /** The longest a failing feed waits between tries, unless --every is longer. */
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Option(
      names = "--every",
      paramLabel = "INTERVAL",
      converter = PollInterval.class,
      description = "How often to poll each feed: 30s, 10m (default), 1h.")
  Duration every = Duration.ofMinutes(10);

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Append events to a file per day in DIR (events-YYYY-MM-DD.jsonl) "
          + "instead of writing them to stdout.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatName.class,
      description = "jsonl (default), csv, text, or json (stdout only).")
  OutputFormat format = OutputFormat.JSONL;

  @Option(names = "--once", description = "Poll each feed once and exit (2 if anything failed).")
  boolean once;

  @Option(names = "--store", description = "Keep new items and their events in the event store "
      + "(as ingest does) instead of writing the events out.")
  boolean store;

  @Mixin DbOption db;

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs or feed files.")
  List<String> feeds;

  /** How pages are fetched; a field so that tests can shorten the timeouts and the delay. */
  FetchSettings fetching =
      FetchSettings.defaults().withUserAgent(FetchSettings.userAgent(SitrepVersion.version()));

  Clock clock = Clock.systemUTC();

  private Pipeline pipeline;
  /** The configuration extract and ingest would use with the same options. */
  private SitrepConfig config;
  private Batch<ExtractionResult> batch;
  private PostgresStore eventStore;

  @Override
  public Integer call() throws IOException {
    if (out != null && format == OutputFormat.JSON) {
      return ErrorReport.fail(spec, "--format json cannot be appended to files in --out; "
          + "use jsonl or csv");
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      return ErrorReport.fail(spec, out + ": --out names a file; give a directory");
    }
    config = dataDir.config().withActorTables(actors.tables).withTyping(model.typing(spec));
    Path stateFile = dataDir.config().dataDir().resolve("watch").resolve("seen.tsv");
    SeenItems seen = SeenItems.load(stateFile);
    FeedPoller poller = new FeedPoller(new PageFetcher(fetching), ReadOptions.none());
    WatchOutput output = out == null ? WatchOutput.of(spec.commandLine().getOut(), format)
        : WatchOutput.daily(out, format, clock);
    Map<String, Duration> intervals = new HashMap<>();
    Map<String, Instant> due = new HashMap<>();
    boolean failed = false;
    try (InterruptGuard guard = InterruptGuard.install()) {
      while (!guard.interrupted()) {
        for (String feed : feeds) {
          if (guard.interrupted() || due.getOrDefault(feed, Instant.MIN).isAfter(clock.instant())) {
            continue;
          }
          FeedTurn turn = new FeedTurn(feed, seen, poller, output, guard);
          Outcome outcome = turn.poll();
          seen.save();
          failed |= outcome != Outcome.OK;
          Duration interval = intervals.getOrDefault(feed, every);
          interval = outcome == Outcome.FEED_FAILED ? backoff(interval) : every;
          intervals.put(feed, interval);
          due.put(feed, clock.instant().plus(interval));
          if (outcome == Outcome.FEED_FAILED && !once) {
            warn("next poll of " + feed + " in " + PollInterval.words(interval));
          }
        }
        if (once) {
          break;
        }
        Instant next = due.values().stream().min(Instant::compareTo).orElse(clock.instant());
        try {
          Thread.sleep(Math.max(0, Duration.between(clock.instant(), next).toMillis()));
        } catch (InterruptedException e) {
          break;
        }
      }
    } finally {
      output.finish();
      seen.save();
      if (eventStore != null) {
        eventStore.close();
      }
    }
    return once && failed ? ErrorReport.USAGE : 0;
  }

  private Duration backoff(Duration interval) {
    Duration cap = every.compareTo(MAX_BACKOFF) > 0 ? every : MAX_BACKOFF;
    Duration doubled = interval.multipliedBy(2);
    return doubled.compareTo(cap) > 0 ? cap : doubled;
  }

  /** How a poll of one feed went. */
  enum Outcome { OK, ITEM_FAILED, FEED_FAILED }

  /** One poll of one feed: its new items read, extracted and written, and marked seen. */
  private final class FeedTurn {
    private final String feed;
    private final SeenItems seen;
    private final FeedPoller poller;
    private final WatchOutput output;
    private final InterruptGuard guard;

    FeedTurn(String feed, SeenItems seen, FeedPoller poller, WatchOutput output,
        InterruptGuard guard) {
      this.feed = feed;
      this.seen = seen;
      this.poller = poller;
      this.output = output;
      this.guard = guard;
    }

    Outcome poll() throws IOException {
      FeedPoll poll = poller.poll(feed, seen.validators(feed), id -> seen.seen(feed, id));
      if (poll instanceof FeedPoll.Failed failure) {
        warn(failure.message());
        return Outcome.FEED_FAILED;
      }
      if (!(poll instanceof FeedPoll.Fresh fresh)) {
        return Outcome.OK;
      }
      Outcome outcome = Outcome.OK;
      boolean pending = false;
      for (FeedItem item : fresh.unseen()) {
        if (guard.interrupted()) {
          pending = true;
          break;
        }
        String id = fresh.items().id(item);
        SourceItem page;
        try {
          page = poller.page(feed, fresh, item);
        } catch (FetchProblem problem) {
          warn(problem.getMessage());
          outcome = Outcome.ITEM_FAILED;
          // A timeout or a 503 may pass: the item is tried again on the next poll.
          pending |= problem.isTransient();
          if (!problem.isTransient()) {
            seen.markSeen(feed, id);
          }
          continue;
        }
        if (!extract(page)) {
          outcome = Outcome.ITEM_FAILED;
        }
        seen.markSeen(feed, id);
      }
      if (!pending) {
        // Kept back while items wait for another try: a 304 would hide them.
        seen.setValidators(feed, fresh.validators());
      }
      return outcome;
    }

    private boolean extract(SourceItem page) throws IOException {
      if (page instanceof SourceItem.Found) {
        // Loaded here, not in the batch's work: a pipeline that cannot load ends the run in one
        // line instead of failing every item.
        pipeline();
      }
      Batch.Outcome<ExtractionResult> outcome = batch().process(feed, page);
      if (outcome instanceof Batch.Failed<ExtractionResult> failed) {
        warn(failed.message());
        return false;
      }
      if (outcome instanceof Batch.Skipped<ExtractionResult> skipped) {
        // Not a failure: the item was read, and Sitrep extracts English only.
        warn(skipped.why());
        return true;
      }
      Batch.Done<ExtractionResult> done = (Batch.Done<ExtractionResult>) outcome;
      Article article = done.article();
      if (!store) {
        output.write(article.id(), done.result());
        return true;
      }
      // A store that cannot be opened ends the run in one line; one article refused does not.
      PostgresStore target = eventStore();
      try {
        target.store(article, done.result().events());
        return true;
      } catch (StoreException e) {
        // Nothing of this article was written; it is tried again as a new item is not.
        warn(e.getMessage());
        return false;
      }
    }
  }

  private void warn(String message) {
    spec.commandLine().getErr().println("sitrep: " + message);
    spec.commandLine().getErr().flush();
  }

  /**
   * The one way Sitrep reads and extracts an item, as extract's batch does it (language check,
   * a bug in one page isolated), here on the poller's thread, one item at a time.
   */
  private Batch<ExtractionResult> batch() {
    if (batch == null) {
      batch = new Batch<>(Main.articleReader(), article -> pipeline.extract(article), 1, true);
    }
    return batch;
  }


  /** Opened on the first new item, as the pipeline is loaded. */
  private PostgresStore eventStore() {
    if (eventStore == null) {
      eventStore = db.open(dataDir.config().dataDir());
    }
    return eventStore;
  }

  /** Loaded on the first new item: a poll that finds nothing new costs no model loading. */
  private Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.load(config);
    }
    return pipeline;
  }
}
