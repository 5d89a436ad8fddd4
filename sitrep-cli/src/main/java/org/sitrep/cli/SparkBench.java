package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.sitrep.export.EventWriter;
import org.sitrep.export.OutputFormat;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ExtractionResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.SitrepConfig;
import org.sitrep.spark.LocalSpark;
import org.sitrep.spark.PipelineSettings;
import org.sitrep.spark.Pipelines;
import org.sitrep.spark.ReadSettings;
import org.sitrep.spark.SparkJob;

/**
 * The measurements of {@code sitrep bench spark}. One pipeline, loaded first, serves both ways, so
 * that neither pays a load the other does not. Each round runs, in turn: extract's loop on N
 * threads writing JSON Lines (to nowhere), the same loop on one thread, the Spark job on local[N]
 * writing all its outputs (to a temporary folder), and the job on local[1]. A Spark session's
 * start is timed apart: a cluster pays it once per job, not per article. Both are warmed up first
 * with {@code --warmup} passes each: the first Spark job in a JVM loads and compiles much of Spark
 * itself, and the JIT goes on compiling CoreNLP for a few passes. extract's own scaling from one
 * thread to N is what the machine allows; Spark's is read against it.
 */
final class SparkBench {
  /**
   * Rates in articles per second of the wall clock; CPU in seconds of this process's CPU time
   * (all threads: tasks, Spark's own, the JIT and the collector) per article, which a machine
   * shared with other work does not distort as it distorts the rates.
   */
  record Report(int articles, int threads, int rounds, double cliPerS, double cli1PerS,
      double sparkPerS, double spark1PerS, double sparkStartS, double loadS, double cliCpu,
      double sparkCpu) {
    double sparkRatio() {
      return sparkPerS / cliPerS;
    }

    /** The CPU per article of extract over that of Spark: 1 when Spark costs nothing extra. */
    double cpuRatio() {
      return cliCpu / sparkCpu;
    }

    double scaling() {
      return sparkPerS / spark1PerS;
    }

    /** extract's own scaling from 1 thread to N in this run: what the machine and JVM allow. */
    double cliScaling() {
      return cliPerS / cli1PerS;
    }

    String toJson() {
      return String.format(Locale.ROOT, "{\"articles\":%d,\"threads\":%d,\"rounds\":%d,"
          + "\"cli_articles_per_s\":%.3f,\"cli_1_articles_per_s\":%.3f,"
          + "\"spark_articles_per_s\":%.3f,\"spark_1_articles_per_s\":%.3f,"
          + "\"spark_ratio\":%.3f,\"spark_scaling\":%.3f,\"cli_scaling\":%.3f,"
          + "\"cli_cpu_s_per_article\":%.3f,\"spark_cpu_s_per_article\":%.3f,"
          + "\"spark_cpu_ratio\":%.3f,\"spark_start_s\":%.2f,\"load_s\":%.2f}", articles, threads,
          rounds, cliPerS, cli1PerS, sparkPerS, spark1PerS, sparkRatio(), scaling(),
          cliScaling(), cliCpu, sparkCpu, cpuRatio(), sparkStartS, loadS);
    }

    String toText() {
      return String.format(Locale.ROOT, "%d articles, %d rounds%n"
          + "extract, %d threads:       %7.2f articles/s%n"
          + "extract, 1 thread:        %7.2f articles/s%n"
          + "Spark local[%d]:           %7.2f articles/s%n"
          + "Spark local[1]:           %7.2f articles/s%n"
          + "spark_ratio:              %7.3f  (Spark local[%d] / extract on %d threads)%n"
          + "scaling 1 -> %d cores:     %7.3f Spark, %.3f extract%n"
          + "CPU per article:          %7.3f s extract, %.3f s Spark local[%d]; ratio %.3f%n"
          + "Spark session start %.1f s, pipeline load %.1f s (neither in the rates)",
          articles, rounds, threads, cliPerS, cli1PerS, threads, sparkPerS, spark1PerS,
          sparkRatio(), threads, threads, threads, scaling(), cliScaling(), cliCpu, sparkCpu, threads, cpuRatio(),
          sparkStartS, loadS);
    }
  }

  private SparkBench() {}

  static Report run(List<String> files, int threads, int warmup, int rounds,
      SitrepConfig config, PrintWriter err) throws IOException, InterruptedException {
    PipelineSettings settings = PipelineSettings.of(config);
    long start = System.nanoTime();
    Pipeline pipeline = Pipelines.get(settings);
    double loadS = seconds(start);
    // The JIT goes on compiling CoreNLP's code for several passes, and Spark's first job in a JVM
    // loads and compiles much of Spark itself: costs per JVM, kept out of the rates.
    int articles = 0;
    for (int pass = 1; pass <= warmup; pass++) {
      err.println("sitrep: warming up, pass " + pass + " of " + warmup);
      articles = extract(pipeline, files, threads);
      job(files, threads, settings);
    }
    double cli = 0;
    double cli1 = 0;
    double spark = 0;
    double spark1 = 0;
    double startS = 0;
    double cliCpu = 0;
    double sparkCpu = 0;
    for (int round = 1; round <= rounds; round++) {
      err.println("sitrep: round " + round + " of " + rounds);
      start = System.nanoTime();
      double cpu = cpuSeconds();
      extract(pipeline, files, threads);
      cli += seconds(start);
      cliCpu += cpuSeconds() - cpu;
      start = System.nanoTime();
      extract(pipeline, files, 1);
      cli1 += seconds(start);
      cpu = cpuSeconds();
      double[] n = job(files, threads, settings);
      sparkCpu += cpuSeconds() - cpu;
      spark += n[0];
      startS += n[1];
      spark1 += job(files, 1, settings)[0];
    }
    double done = (double) articles * rounds;
    return new Report(articles, threads, rounds, done / cli, done / cli1, done / spark,
        done / spark1,
        startS / rounds, loadS, cliCpu / done, sparkCpu / done);
  }

  /** Extract's loop over the files, its JSON Lines written to nowhere; returns the articles. */
  private static int extract(Pipeline pipeline, List<String> files, int threads)
      throws IOException, InterruptedException {
    EventWriter writer = OutputFormat.JSONL.open(Writer.nullWriter(), false);
    AtomicInteger done = new AtomicInteger();
    new Batch<ExtractionResult>(Main.articleReader(), pipeline::extract, threads, true)
        .run(files, ReadOptions.none(),
            outcome -> {
              if (outcome instanceof Batch.Done<ExtractionResult> d) {
                writer.write(d.article().id(), d.result());
                done.incrementAndGet();
              }
            });
    writer.finish();
    return done.get();
  }

  /** The job on local[cores] into a temporary folder: its time, and its session's start. */
  private static double[] job(List<String> files, int cores, PipelineSettings settings)
      throws IOException {
    Path out = Files.createTempDirectory("sitrep-bench-spark");
    long start = System.nanoTime();
    SparkSession spark = LocalSpark.start(cores);
    double startS = seconds(start);
    try {
      start = System.nanoTime();
      SparkJob.run(spark, new SparkJob.Options(files, out.toString(),
          ReadSettings.of(Optional.empty(), ""), settings, true));
      return new double[] {seconds(start), startS};
    } finally {
      spark.stop();
      delete(out);
    }
  }

  /** This process's CPU time so far, all threads. */
  private static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9)
        .orElse(0.0);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
