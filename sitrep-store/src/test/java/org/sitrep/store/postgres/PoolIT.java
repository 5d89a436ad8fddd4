package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.store.EventFilter;
import org.sitrep.store.StoreException;

/** The store's pool of connections: shared by threads, closed with the store, for both servers. */
class PoolIT {
  @TempDir Path dataDir;

  @Test
  void many_threads_share_the_pool_and_closing_the_store_closes_it_before_the_server()
      throws Exception {
    PostgresStore store = Stores.open(dataDir, Optional.empty(), Map.of());
    HikariDataSource pool = (HikariDataSource) store.dataSource();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        counts.add(threads.submit(() -> {
          Article a = Reports.article("pool-" + n + ".txt", "Pool\nArticle " + n + " shelled.");
          store.store(a, List.of(Reports.bare(a, "SR" + n)));
          return store.search(EventFilter.all()).total();
        }));
      }
      for (Future<Long> count : counts) {
        assertTrue(count.get() >= 1);
      }
    } finally {
      threads.shutdownNow();
    }
    assertTrue(pool.getMaximumPoolSize() <= Pool.defaultSize());
    assertEquals(40, store.articleCount());

    store.close();
    assertTrue(pool.isClosed());
    assertThrows(SQLException.class, pool::getConnection);
    assertThrows(StoreException.class, store::articleCount);
    assertFalse(Files.exists(dataDir.resolve("store/pg/postmaster.pid")), "the server stopped");
  }

  @Test
  void a_store_on_a_url_closes_its_pool_and_leaves_the_server_running() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(dataDir.resolve("store"))) {
      PostgresStore store = Stores.open(dataDir, Optional.of(server.jdbcUrl()), Map.of());
      HikariDataSource pool = (HikariDataSource) store.dataSource();
      assertEquals(0, store.articleCount());
      store.close();
      assertTrue(pool.isClosed());
      // A backend leaves pg_stat_activity a moment after its connection is closed.
      for (int i = 0; i < 50 && sitrepConnections(server) > 0; i++) {
        Thread.sleep(100);
      }
      assertEquals(0, sitrepConnections(server), "the pool left no connection open");
    }
  }

  @Test
  void a_server_that_cannot_be_reached_is_one_line() {
    StoreException e = assertThrows(StoreException.class, () -> Stores.open(dataDir,
        Optional.of("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"), Map.of()));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  /** Connections to the server that call themselves Sitrep (the URL store's application name). */
  private static long sitrepConnections(EmbeddedServer server) throws SQLException {
    try (Connection c = server.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'sitrep'")) {
      r.next();
      return r.getLong(1);
    }
  }
}
