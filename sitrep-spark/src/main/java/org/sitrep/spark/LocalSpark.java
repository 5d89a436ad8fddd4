package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Spark in local mode on this machine, for {@code sitrep spark-local} and {@code sitrep bench
 * spark}: the driver is the executor, so the pipeline is loaded once in this JVM and shared by the
 * task threads, as on one executor of a cluster.
 */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * A new session on {@code cores} task threads. The web UI is off (a command line tool must not
   * open a port); shuffles are split a few times per core, which is all a local run needs.
   */
  public static SparkSession start(int cores) {
    return SparkSession.builder()
        .master("local[" + cores + "]")
        .appName("sitrep")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(cores * 4))
        .getOrCreate();
  }
}
