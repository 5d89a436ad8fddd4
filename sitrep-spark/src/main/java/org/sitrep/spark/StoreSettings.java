package org.sitrep.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the job keeps every article with its events, in a form Spark can ship to executors (as
 * {@link PipelineSettings}): nowhere, the embedded store of a data directory (one machine: local
 * mode), or a PostgreSQL server every executor can reach (a cluster). Two equal settings share
 * one open store per JVM ({@link Sinks}).
 *
 * @param on whether articles are stored at all
 * @param dataDir the data directory whose {@code store/} holds the embedded server; "" with a URL
 * @param url a {@code jdbc:postgresql://} URL; "" for the embedded server
 */
public record StoreSettings(boolean on, String dataDir, String url) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nothing stored: the job writes its folders only. */
  public static final StoreSettings NONE = new StoreSettings(false, "", "");

  public StoreSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(url, "url");
  }

  /**
   * As {@code sitrep ingest} opens its store: the server of {@code url} if given, else the
   * embedded one in {@code dataDir/store}.
   */
  public static StoreSettings of(Path dataDir, Optional<String> url) {
    return url.map(u -> new StoreSettings(true, "", u))
        .orElseGet(() -> new StoreSettings(true, dataDir.toString(), ""));
  }

  /** Whether the store is an embedded server in one machine's data directory. */
  public boolean embedded() {
    return on && url.isEmpty();
  }

  Optional<String> server() {
    return url.isEmpty() ? Optional.empty() : Optional.of(url);
  }
}
