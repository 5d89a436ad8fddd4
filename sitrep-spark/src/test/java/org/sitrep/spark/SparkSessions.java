package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, no web UI, few shuffle partitions. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession local() {
    return SparkSession.builder().master("local[2]").appName("sitrep-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}
