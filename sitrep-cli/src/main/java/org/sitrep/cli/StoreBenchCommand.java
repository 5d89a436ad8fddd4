package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerOptions;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreResult;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench store}: how fast the event store stores synthetic events, stores them again
 * (all already stored), and answers filtered pages of the REST API, on this machine only. It makes
 * a fresh embedded store in {@code DATA_DIR/bench-store-TIMESTAMP} (UTC) and removes it afterwards, also
 * on Ctrl-C; the user's own store is never touched. With {@code --db} it writes into that database
 * instead, and says so.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Measure the event store: storing synthetic events, storing them again, and"
        + " filtered GET /api/events pages, in a temporary store that is removed afterwards.")
final class StoreBenchCommand implements java.util.concurrent.Callable<Integer> {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  /** Requests before measuring, at most: the JIT and PostgreSQL's caches warm up on them. */
  private static final int WARMUP = 200;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin DbOption db;

  @Option(names = "--events", paramLabel = "N", description = "Synthetic events to store"
      + " (default: ${DEFAULT-VALUE}).")
  int events = 100_000;

  @Option(names = "--queries", paramLabel = "N", description = "Measured GET /api/events requests"
      + " (default: ${DEFAULT-VALUE}).")
  int queries = 2_000;

  @Option(names = "--threads", paramLabel = "N", description = "Threads that store and that send"
      + " requests (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-seconds", paramLabel = "N", description = "Time budget for the three"
      + " phases together; when it runs out the phase under way stops, the next are not run, and"
      + " the report says so (default: ${DEFAULT-VALUE}).")
  int maxSeconds = 600;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    ErrorReport.requireAtLeast(spec, "--events", events, 1);
    ErrorReport.requireAtLeast(spec, "--queries", queries, 1);
    ErrorReport.requireAtLeast(spec, "--threads", threads, 1);
    ErrorReport.requireAtLeast(spec, "--max-seconds", maxSeconds, 1);
    PrintWriter err = spec.commandLine().getErr();
    Path base = dataDir.config().dataDir();
    Path benchDir = null;
    Path storeData = base;
    if (db.db.isPresent()) {
      err.println("sitrep: bench store writes " + events + " synthetic events into the database"
          + " of --db, and leaves them there");
      err.flush();
    } else {
      benchDir = base.resolve("bench-store-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP));
      Files.createDirectories(benchDir);
      storeData = benchDir;
    }
    // Ctrl-C interrupts this thread and holds the exit until the store is removed.
    InterruptGuard guard = InterruptGuard.install();
    try {
      StoreBenchReport report = run(storeData);
      spec.commandLine().getOut().println(json ? report.toJson() : report.toText());
      spec.commandLine().getOut().flush();
      return 0;
    } catch (InterruptedException e) {
      return IngestCommand.INTERRUPTED;
    } catch (StoreException e) {
      err.println("sitrep: " + e.getMessage());
      return ErrorReport.USAGE;
    } finally {
      if (benchDir != null) {
        deleteTree(benchDir, err);
      }
      guard.close();
    }
  }

  private StoreBenchReport run(Path storeData) throws InterruptedException {
    int articles = SyntheticEvents.articles(events);
    List<SyntheticEvents.Report> reports = new ArrayList<>(articles);
    for (int k = 0; k < articles; k++) {
      reports.add(SyntheticEvents.report(k, events));
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> stopped = Optional.empty();
    double nan = Double.NaN;
    try (PostgresStore store = Stores.open(storeData, db.db, System.getenv())) {
      // The budget starts once the server runs: its start is not what is measured.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
      AtomicInteger merged = new AtomicInteger();
      AtomicInteger stored = new AtomicInteger();
      AtomicInteger storedEvents = new AtomicInteger();
      long start = System.nanoTime();
      int done = onThreads(articles, deadline, k -> {
        StoreResult r = store.store(reports.get(k).article(), reports.get(k).events());
        merged.addAndGet(r.merged());
        stored.addAndGet(r.events());
        storedEvents.addAndGet(reports.get(k).events().size());
      });
      double storeRate = storedEvents.get() / seconds(System.nanoTime() - start);
      if (stored.get() < storedEvents.get()) {
        err.println("sitrep: " + (storedEvents.get() - stored.get()) + " of the events were"
            + " stored before (by an earlier run on this database)");
        err.flush();
      }
      if (done < articles) {
        return new StoreBenchReport(events, storeRate, nan, merged.get(), 0, nan, nan, nan, nan,
            threads, storedEvents.get(), maxSeconds, Optional.of("store"));
      }

      AtomicInteger again = new AtomicInteger();
      AtomicInteger againEvents = new AtomicInteger();
      start = System.nanoTime();
      done = onThreads(articles, deadline, k -> {
        if (store.store(reports.get(k).article(), reports.get(k).events()).stored()) {
          again.incrementAndGet();
        }
        againEvents.addAndGet(reports.get(k).events().size());
      });
      double restoreRate = againEvents.get() / seconds(System.nanoTime() - start);
      if (again.get() > 0) {
        throw new IllegalStateException(again.get() + " articles were stored twice");
      }
      if (done < articles) {
        return new StoreBenchReport(events, storeRate, restoreRate, merged.get(), 0, nan, nan,
            nan, nan, threads, storedEvents.get(), maxSeconds, Optional.of("store again"));
      }

      try (ApiServer server = ApiServer.start(store, ServerOptions.local(0), line -> {
        err.println(line);
        err.flush();
      })) {
        Queries load = new Queries(server.port());
        if (onThreads(Math.min(WARMUP, queries), deadline, load::warmup)
            < Math.min(WARMUP, queries)) {
          stopped = Optional.of("queries");
        }
        start = System.nanoTime();
        int sent = stopped.isPresent() ? 0 : onThreads(queries, deadline, load::measured);
        double queryS = seconds(System.nanoTime() - start);
        if (sent < queries) {
          stopped = Optional.of("queries");
        }
        if (sent == 0) {
          return new StoreBenchReport(events, storeRate, restoreRate, merged.get(), 0, nan, nan,
              nan, nan, threads, storedEvents.get(), maxSeconds, stopped);
        }
        // Requests are taken in order, so the first `sent` are the ones measured.
        Percentiles latency = new Percentiles(Arrays.copyOf(load.nanos, sent));
        double exportRate = stopped.isPresent() ? nan : load.export(deadline);
        return new StoreBenchReport(events, storeRate, restoreRate, merged.get(), sent,
            sent / queryS, latency.at(50) / 1e6, latency.at(95) / 1e6, latency.at(99) / 1e6,
            threads, storedEvents.get(), maxSeconds, stopped, p99ByKind(load.nanos, sent),
            exportRate);
      }
    }
  }

  /** The p99 of each kind of request of {@link QueryMix}, in milliseconds, in its order. */
  private static java.util.Map<String, Double> p99ByKind(long[] nanos, int sent) {
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (int kind = 0; kind < QueryMix.KINDS; kind++) {
      long[] mine = new long[(sent - kind + QueryMix.KINDS - 1) / QueryMix.KINDS];
      for (int i = kind, k = 0; i < sent; i += QueryMix.KINDS, k++) {
        mine[k] = nanos[i];
      }
      if (mine.length > 0) {
        out.put(QueryMix.KIND_NAMES.get(kind), new Percentiles(mine).at(99) / 1e6);
      }
    }
    return out;
  }

  /**
   * Runs {@code task} for 0 to {@code count - 1} on {@link #threads} threads, each taking the next
   * number, until all are done or {@code deadline} ({@link System#nanoTime}) has passed; returns
   * how many were done, always the first ones. The first failure stops the others and is thrown;
   * an interrupt stops them all and waits for the ones under way.
   */
  private int onThreads(int count, long deadline, IntConsumer task) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-bench-store");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (failure.get() == null && !Thread.currentThread().isInterrupted()
              && System.nanoTime() - deadline < 0) {
            int k = next.getAndIncrement();
            if (k >= count) {
              return;
            }
            try {
              task.accept(k);
              done.incrementAndGet();
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
      if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
        spec.commandLine().getErr().println("sitrep: bench threads did not stop in 60 s");
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return done.get();
  }

  /** The requests to the server: the JDK's client, one latency per measured request. */
  private final class Queries {
    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(REQUEST_TIMEOUT)
        .build();
    private final String root;
    final long[] nanos = new long[queries];

    Queries(int port) {
      this.root = "http://127.0.0.1:" + port;
    }

    void warmup(int i) {
      // Other requests than the measured ones, so that no answer is only measured warm.
      send(queries + i);
    }

    void measured(int i) {
      long start = System.nanoTime();
      send(i);
      nanos[i] = System.nanoTime() - start;
    }

    /**
     * Events/s of one {@code GET /api/export.jsonl} of every stored event, its lines counted as
     * they come; it may take the rest of the budget, at least a minute.
     */
    double export(long deadline) {
      Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(),
          REQUEST_TIMEOUT.toNanos()));
      HttpRequest request = HttpRequest.newBuilder(URI.create(root + "/api/export.jsonl"))
          .timeout(left).build();
      long start = System.nanoTime();
      try {
        HttpResponse<Stream<String>> response =
            client.send(request, HttpResponse.BodyHandlers.ofLines());
        long lines;
        try (Stream<String> body = response.body()) {
          lines = body.count();
        }
        if (response.statusCode() != 200) {
          throw new IllegalStateException("/api/export.jsonl answered " + response.statusCode());
        }
        return lines / seconds(System.nanoTime() - start);
      } catch (IOException e) {
        throw new UncheckedIOException("/api/export.jsonl: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    private void send(int i) {
      String path = QueryMix.request(i);
      HttpRequest request = HttpRequest.newBuilder(URI.create(root + path))
          .timeout(REQUEST_TIMEOUT).build();
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
              + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** Removes the benchmark's store, the embedded server being stopped by now. */
  private static void deleteTree(Path dir, PrintWriter err) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("sitrep: could not remove the benchmark's store " + dir + ": " + e.getMessage());
      err.flush();
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
