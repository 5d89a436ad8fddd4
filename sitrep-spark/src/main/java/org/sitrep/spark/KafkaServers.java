package org.sitrep.spark;

import java.util.regex.Pattern;

/**
 * The brokers a Kafka stream starts from, as the user writes them. Spark-free, so that the command
 * line checks them before it loads Spark: a mistyped address would otherwise be retried until a
 * time-out rather than said at once.
 */
public final class KafkaServers {
  private static final Pattern LIST =
      Pattern.compile("[^,:\\s]+:\\d{1,5}(,[^,:\\s]+:\\d{1,5})*");

  private KafkaServers() {}

  /** Whether {@code servers} is {@code HOST:PORT[,HOST:PORT…]}. */
  public static boolean valid(String servers) {
    return LIST.matcher(servers).matches();
  }
}
