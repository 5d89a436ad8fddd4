package org.sitrep.spark;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.store.EventSink;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/**
 * One open store per executor JVM, as {@link Pipelines} holds one pipeline: opened by the first
 * task that stores an article (for the embedded store that starts PostgreSQL; for a server it
 * opens a pool of connections and applies the migrations) and shared by all task threads after
 * it; {@link PostgresStore} is safe for many threads. Closed when the JVM ends, or by {@link
 * #closeAll} when a local-mode job is done (the driver is the executor there).
 */
public final class Sinks {
  private static final ConcurrentMap<StoreSettings, PostgresStore> OPEN = new ConcurrentHashMap<>();
  private static final AtomicBoolean HOOKED = new AtomicBoolean();

  private Sinks() {}

  /**
   * The store of these settings in this JVM, opened on first use. A store that cannot be opened
   * is not remembered: the next article tries again.
   *
   * @throws org.sitrep.store.StoreException when it cannot be opened, in one line
   */
  public static PostgresStore get(StoreSettings settings) {
    if (!settings.on()) {
      throw new IllegalArgumentException("storing is off");
    }
    if (HOOKED.compareAndSet(false, true)) {
      // An executor is ended, never asked to clean up: let its pools go and its server stop.
      Runtime.getRuntime().addShutdownHook(new Thread(Sinks::closeAll, "sitrep-sinks-close"));
    }
    return OPEN.computeIfAbsent(settings, s -> Stores.open(Path.of(s.dataDir()), s.server(),
        System.getenv()));
  }

  /** The port the tasks store through: the core's, not PostgreSQL's. */
  static EventSink sink(StoreSettings settings) {
    return get(settings);
  }

  /**
   * Closes every store of this JVM: each waits for the articles being stored to commit. The next
   * {@link #get} opens again.
   */
  public static void closeAll() {
    for (StoreSettings s : OPEN.keySet()) {
      PostgresStore store = OPEN.remove(s);
      if (store != null) {
        store.close();
      }
    }
  }
}
