package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench spark}: the Spark job in local mode against the plain command line on the
 * same files, in one run, as ratios (absolute rates on a shared machine vary by 2× from run to
 * run; two ways measured in turn in one JVM see the same machine). Spark is reached only through
 * {@link SparkBench}, loaded when this command runs.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = {
      "Measure the Spark job in local mode against extract on the same files, in one run:",
      "spark_ratio (Spark on N cores / extract on N threads) and the scaling of Spark from one",
      "core to N."
    })
final class SparkBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataDirOption dataDir;

  @Mixin ActorsOption actors;

  @Mixin ModelOption model;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes of each (default 2).")
  int rounds = 2;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Unmeasured passes of extract and the job first (default 2): the JIT is still "
          + "compiling after one.")
  int warmup = 2;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Cores for Spark and threads for extract (default 2).")
  int threads = 2;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Reports of any kind extract reads; dozens of articles at least, or Spark's "
          + "fixed costs per job are most of what is measured.")
  List<String> files;

  @Override
  public Integer call() throws Exception {
    ErrorReport.requireAtLeast(spec, "--rounds", rounds, 1);
    ErrorReport.requireAtLeast(spec, "--threads", threads, 1);
    ErrorReport.requireAtLeast(spec, "--warmup", warmup, 1);
    // A folder stands for its report files, for extract's loop as for the Spark job.
    SparkBench.Report report = SparkBench.run(InputFiles.expand(files), threads, warmup, rounds,
        dataDir.config().withActorTables(actors.tables).withTyping(model.typing(spec)),
        spec.commandLine().getErr());
    spec.commandLine().getOut().println(json ? report.toJson() : report.toText());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
