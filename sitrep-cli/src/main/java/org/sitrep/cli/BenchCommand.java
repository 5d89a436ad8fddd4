package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorTables;
import org.sitrep.annotate.AnnotationFloor;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.ingest.source.Sources;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: how fast the full extraction (read and extract, no output) runs on one
 * thread and on all cores, and how it compares with the annotation floor (CoreNLP's tokenize,
 * ssplit, pos, lemma and ner alone) on the same articles, measured in alternation with it. In the
 * all-cores run every thread does as much work as the one-thread run, so that a few inputs still
 * keep all threads busy.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {StoreBenchCommand.class, SparkBenchCommand.class},
    versionProvider = SitrepVersion.class,
    description = "Measure extraction speed and memory on the given reports or the shipped examples.")
final class BenchCommand implements Callable<Integer> {
  private static final double MB = 1024.0 * 1024.0;

  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  // The JIT needs some dozens of articles before CoreNLP's code runs at full speed.
  @Option(names = "--warmup", paramLabel = "N", description = "Passes before measuring (default 10).")
  int warmup = 10;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes (default 10).")
  int rounds = 10;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the all-cores run (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Reports of any kind extract reads; the shipped examples when none are given.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ErrorReport.requireAtLeast(spec, "--warmup", warmup, 0);
    ErrorReport.requireAtLeast(spec, "--rounds", rounds, 1);
    ErrorReport.requireAtLeast(spec, "--threads", threads, 1);
    List<ArticleInput> inputs = inputs();
    if (inputs.isEmpty()) {
      return ErrorReport.USAGE;
    }
    ArticleReader reader = Main.articleReader();
    for (ArticleInput input : inputs) {
      try {
        reader.read(input);
      } catch (InputProblem problem) {
        return report(problem);
      }
    }

    BenchReport.ActorsLoad actorsLoad = actorsLoad();
    long loadStart = System.nanoTime();
    Pipeline pipeline = Pipeline.load(dataDir.config().withActorTables(actors.tables)
        .withTyping(model.typing(spec)));
    double loadS = seconds(System.nanoTime() - loadStart);
    double loadPeakMb = heapPeakBytes() / MB;
    resetHeapPeaks();

    AnnotationFloor floor = AnnotationFloor.load();
    BenchWorkload work = new BenchWorkload(pipeline, floor, reader, inputs);
    double readPerS = work.readingPerSecond(warmup, rounds);
    work.alternate(warmup);
    BenchWorkload.Alternation one = work.alternate(rounds);
    double elapsed1 = seconds(one.fullNanos());
    long tokens1 = one.fullTokens();

    long start = System.nanoTime();
    long tokensAll = work.passesOnPool(rounds * threads, threads);
    double elapsedAll = seconds(System.nanoTime() - start);
    double runPeakMb = heapPeakBytes() / MB;

    int n = inputs.size();
    BenchReport report =
        new BenchReport(
            n * rounds / elapsed1,
            (double) n * rounds * threads / elapsedAll,
            tokens1 / elapsed1,
            tokensAll / elapsedAll,
            loadPeakMb,
            runPeakMb,
            loadS,
            actorsLoad,
            threads,
            n,
            readPerS,
            n * rounds / seconds(one.floorNanos()));
    spec.commandLine().getOut().println(json ? report.toJson() : report.toText());
    spec.commandLine().getOut().flush();
    return 0;
  }


  /** The actor knowledge base loaded alone: its time (after a first load) and the heap it keeps. */
  private BenchReport.ActorsLoad actorsLoad() {
    ActorTables.load(actors.tables);
    long before = heapUsedAfterGc();
    long start = System.nanoTime();
    ActorKnowledgeBase kb = ActorTables.load(actors.tables);
    double seconds = seconds(System.nanoTime() - start);
    double retained = Math.max(0, heapUsedAfterGc() - before) / MB;
    return new BenchReport.ActorsLoad(seconds, retained, kb.size(), kb.aliasCount());
  }

  private static long heapUsedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * The articles of the named inputs (any kind extract reads: a WARC or JSON Lines file gives
   * many) or the shipped examples; empty after reporting a bad one, since a benchmark over a set
   * other than the one asked for would mislead.
   */
  private List<ArticleInput> inputs() {
    if (files.isEmpty()) {
      return ShippedExamples.load();
    }
    List<ArticleInput> inputs = new ArrayList<>();
    for (String file : files) {
      try (ArticleSource source = Sources.open(file, ReadOptions.none())) {
        for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
          if (item.get() instanceof SourceItem.Broken broken) {
            report(broken.message());
            return List.of();
          }
          inputs.add(((SourceItem.Found) item.get()).input());
        }
      }
    }
    return inputs;
  }

  private int report(InputProblem problem) {
    return report(problem.getMessage());
  }

  private int report(String message) {
    spec.commandLine().getErr().println("sitrep: " + message);
    spec.commandLine().getErr().flush();
    return ErrorReport.USAGE;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long heapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }
}
