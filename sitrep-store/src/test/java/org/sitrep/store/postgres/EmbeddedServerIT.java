package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoreException;

/** Starting, stopping and sharing the embedded server, and naming a server with a URL. */
class EmbeddedServerIT {
  @TempDir Path dataDir;

  @Test
  void what_was_stored_is_there_after_the_server_stopped_and_started_again() {
    Article article = Reports.article("kept.txt", "Kept\nThis survives a restart.");
    PostgresStore first = Stores.open(dataDir, Optional.empty(), Map.of());
    assertTrue(first.store(article, List.of(Reports.full(article, "SR000020"))).stored());
    first.close();
    StoreException closed = assertThrows(StoreException.class,
        () -> first.store(article, List.of()));
    assertTrue(closed.getMessage().endsWith(" is closed"), closed.getMessage());
    assertTrue(Files.isDirectory(dataDir.resolve("store/pg")));
    try (PostgresStore store = Stores.open(dataDir, Optional.empty(), Map.of())) {
      assertEquals(1, store.articleCount());
      assertEquals(1, store.eventCount());
      assertFalse(store.store(article, List.of()).stored());
    }
  }

  @Test
  void a_second_opener_of_a_store_in_use_fails_with_one_line() {
    try (PostgresStore store = Stores.open(dataDir, Optional.empty(), Map.of())) {
      StoreException e = assertThrows(StoreException.class,
          () -> Stores.open(dataDir, Optional.empty(), Map.of()));
      assertTrue(e.getMessage().contains("is in use by another Sitrep process"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
      assertEquals(0, store.articleCount(), "the first opener is unharmed");
    }
  }

  @Test
  void two_processes_storing_one_text_at_once_through_a_url_store_it_once() throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(dataDir.resolve("store"))) {
      String url = server.jdbcUrl();
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        processes.add(java(StoreOneArticle.class, url));
      }
      List<String> said = new ArrayList<>();
      for (Process p : processes) {
        said.add(output(p).strip());
        assertEquals(0, p.waitFor(), said.toString());
      }
      said.sort(null);
      assertEquals(List.of("already stored", "stored"), said);
      PostgresStore store = new PostgresStore(server.dataSource(), () -> {}, "test");
      assertEquals(1, store.articleCount());
      Article article = Reports.article("race.txt", "Race\nTwo processes raced to store this.");
      assertTrue(store.article(ContentHash.of(article)).isPresent());
    }
  }

  @Test
  void a_server_left_running_by_a_killed_process_is_stopped_and_the_store_opens()
      throws Exception {
    Process killed = java(OpenAndDie.class, dataDir.toString());
    assertEquals("opened", output(killed).strip());
    assertEquals(9, killed.waitFor());
    assertTrue(Files.exists(dataDir.resolve("store/pg/postmaster.pid")), "its server still runs");

    try (PostgresStore store = Stores.open(dataDir, Optional.empty(), Map.of())) {
      assertEquals(0, store.articleCount());
    }
    assertFalse(Files.exists(dataDir.resolve("store/pg/postmaster.pid")), "and is stopped now");
  }

  @Test
  void a_url_that_is_not_postgresql_is_refused_with_the_fix() {
    StoreException e = assertThrows(StoreException.class,
        () -> Stores.open(dataDir, Optional.of("postgres://h/db?password=secret"), Map.of()));
    assertEquals("--db: 'postgres://h/db?password=***' is not a PostgreSQL JDBC URL;"
        + " expected jdbc:postgresql://HOST[:PORT]/DATABASE", e.getMessage());
  }

  @Test
  void a_server_that_does_not_answer_is_one_line() {
    StoreException e = assertThrows(StoreException.class, () -> Stores.open(dataDir,
        Optional.of("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"), Map.of()));
    assertTrue(e.getMessage().startsWith("could not bring the store at"
        + " jdbc:postgresql://127.0.0.1:1/none"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  /** Runs {@code main} of the class in a JVM of its own, with this test's class path. */
  private static Process java(Class<?> main, String argument) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName(), argument)
        .redirectErrorStream(true).start();
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
