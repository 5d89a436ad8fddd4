package org.sitrep.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import javax.sql.DataSource;
import org.sitrep.store.StoreException;

/**
 * The store's pool of connections, for the embedded server and a {@code --db} server alike.
 * Without it every article stored and every API request opened a connection of its own, which
 * PostgreSQL answers by starting a backend process and authenticating it: milliseconds each,
 * more than an already stored article or a page of 100 events costs to read.
 *
 * <p>Closed by {@link PostgresStore#close} before the embedded server stops, after the last
 * transaction: a closed pool closes its connections and refuses new borrowers.
 */
final class Pool {
  /**
   * At most this many connections per core. PostgreSQL works on as many queries at once as there
   * are cores (and disks); more connections only queue inside the server, so a few per core keep
   * the cores busy while others wait for the network or a lock.
   */
  private static final int PER_CORE = 2;

  /** Never fewer: the API server and a store may both be busy on a one-core machine. */
  private static final int AT_LEAST = 4;

  private Pool() {}

  /** The largest pool for this machine. */
  static int defaultSize() {
    return Math.max(AT_LEAST, PER_CORE * Runtime.getRuntime().availableProcessors());
  }

  /**
   * A pool over {@code data}, with at most {@code size} connections, opened as they are needed.
   *
   * @throws StoreException when the first connection cannot be made
   */
  static HikariDataSource of(DataSource data, int size, String where) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(data);
    config.setPoolName("sitrep-store");
    config.setMaximumPoolSize(size);
    // One connection at first: a command that stores one article needs no more.
    config.setMinimumIdle(1);
    // Autocommit, as from the DriverManager: transactions turn it off and the pool turns it on.
    config.setAutoCommit(true);
    // A pooled connection reuses its prepared statements, and after five runs PostgreSQL may plan
    // a search once for any value ("a generic plan"): for actor=military and actor=liberation
    // alike, though one matches a third of the events and the other a few hundred, and the plan
    // that suits one is slow for the other. Planning each search for its own values costs well
    // under a millisecond.
    config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StoreException("could not connect to the store at " + where + ": "
          + Sql.oneLine(cause instanceof Exception x ? x : e), e);
    }
  }
}
