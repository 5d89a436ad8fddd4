package org.sitrep.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.sitrep.store.StoreException;

/**
 * Opens the event store: by default the embedded PostgreSQL in {@code DATA_DIR/store}, started
 * now and stopped when the store is closed; with a URL, a server Sitrep did not start. Either way
 * the same migrations bring the schema up to date first.
 *
 * <pre>{@code
 * try (PostgresStore store = Stores.open(config.dataDir(), Optional.empty(), System.getenv())) {
 *   store.store(article, events);
 * }
 * }</pre>
 */
public final class Stores {
  private Stores() {}

  /**
   * @param dataDir Sitrep's data directory; the embedded store lives in its {@code store/}
   * @param url a {@code jdbc:postgresql://} URL, or empty for the embedded server
   * @param env where {@code SITREP_DB_USER} and {@code SITREP_DB_PASSWORD} are looked up
   * @throws StoreException when the server cannot be started or reached, or the schema updated
   */
  public static PostgresStore open(Path dataDir, Optional<String> url, Map<String, String> env) {
    if (url.isPresent()) {
      String where = ServerUrl.redact(url.get());
      DataSource data = ServerUrl.dataSource(url.get(), env);
      Migrations.apply(data, where);
      HikariDataSource pool = Pool.of(data, Pool.defaultSize(), where);
      return new PostgresStore(pool, pool::close, where);
    }
    Path storeDir = dataDir.resolve("store");
    EmbeddedServer server = EmbeddedServer.start(storeDir);
    HikariDataSource pool;
    try {
      Migrations.apply(server.dataSource(), storeDir.toString());
      pool = Pool.of(server.dataSource(), Pool.defaultSize(), storeDir.toString());
    } catch (StoreException e) {
      closeQuietly(server);
      throw e;
    }
    ShutdownStop stop = new ShutdownStop(pool, server);
    PostgresStore store = new PostgresStore(pool, stop, storeDir.toString());
    stop.install(store);
    return store;
  }

  private static void closeQuietly(AutoCloseable server) {
    try {
      server.close();
    } catch (Exception ignored) {
      // The failure being reported says more than this one.
    }
  }

  /**
   * Stops the embedded server when the JVM exits without closing the store (Ctrl-C elsewhere than
   * in a command that guards it): through {@link PostgresStore#close}, which lets the article
   * being stored finish first.
   */
  private static final class ShutdownStop implements AutoCloseable {
    private final HikariDataSource pool;
    private final EmbeddedServer server;
    private Thread hook;

    ShutdownStop(HikariDataSource pool, EmbeddedServer server) {
      this.pool = pool;
      this.server = server;
    }

    void install(PostgresStore store) {
      hook = new Thread(store::close, "sitrep-store-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() throws Exception {
      try {
        if (hook != null && Thread.currentThread() != hook) {
          Runtime.getRuntime().removeShutdownHook(hook);
        }
      } catch (IllegalStateException shuttingDown) {
        // The hook has started; it waits for the same lock this close holds, then finds it done.
      }
      try {
        // The pool's connections first: a server stopped under them logs each as an error.
        pool.close();
      } finally {
        server.close();
      }
    }
  }
}
