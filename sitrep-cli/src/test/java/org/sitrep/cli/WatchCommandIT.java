package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep watch --once} twice on one feed, with the real pipeline: the first run writes the
 * events of the feed's new item, the second writes none and fetches no page, because the seen
 * items are kept in the data directory. One pipeline load: the second run has nothing to extract.
 */
class WatchCommandIT {
  @TempDir Path data;

  @Test
  void a_second_run_writes_no_events_for_items_already_seen() throws Exception {
    try (FeedServer web = new FeedServer()) {
      web.feed("/rss", "application/rss+xml", FeedServer.rss(
              "/kidal", "Attack in Kidal", "/missing", "Gone"))
          .page("/kidal", 200, "text/html; charset=utf-8", FeedServer.page("Attack in Kidal",
              "Gunmen killed three villagers in Kidal on Monday."))
          .page("/missing", 404, "text/html", "<p>not here</p>");
      String feed = web.url("/rss");

      CommandRun first = WatchRun.of("watch", "--once", "--data-dir", data.toString(), feed);
      assertEquals(2, first.exitCode(), first.err());
      assertEquals(List.of("sitrep: " + web.url("/missing") + ": HTTP 404 (not found)"),
          first.errLines());
      assertTrue(first.out().contains("\"event_type\""), first.out());
      assertTrue(first.out().contains("Kidal"), first.out());
      assertTrue(first.out().contains(web.url("/kidal")), first.out());

      int requestsBefore = web.requests().size();
      CommandRun second = WatchRun.of("watch", "--once", "--data-dir", data.toString(), feed);
      assertEquals(0, second.exitCode(), second.err());
      assertEquals("", second.out());
      assertEquals("", second.err());
      List<FeedServer.Request> later = web.requests().subList(requestsBefore,
          web.requests().size());
      assertEquals(List.of("/rss"), later.stream().map(FeedServer.Request::path).toList());
    }
  }

  @Test
  void with_store_the_new_items_go_to_the_event_store_instead_of_stdout(@TempDir Path home)
      throws Exception {
    // The tests' gazetteer index, shared rather than built again; the store is this test's own.
    Path gazetteer = Path.of(System.getenv("SITREP_HOME"), "gazetteer");
    java.nio.file.Files.createDirectories(gazetteer);
    java.nio.file.Files.createSymbolicLink(home.resolve("gazetteer"), gazetteer.toAbsolutePath());
    try (FeedServer web = new FeedServer()) {
      web.feed("/rss", "application/rss+xml", FeedServer.rss("/kidal", "Attack in Kidal"))
          .page("/kidal", 200, "text/html; charset=utf-8", FeedServer.page("Attack in Kidal",
              "Gunmen killed three villagers in Kidal on Monday."));
      CommandRun run = WatchRun.of("watch", "--once", "--store", "--data-dir", home.toString(),
          web.url("/rss"));
      assertEquals(0, run.exitCode(), run.err());
      assertEquals("", run.out());
    }
    try (var store = org.sitrep.store.postgres.Stores.open(home, java.util.Optional.empty(),
        System.getenv())) {
      assertEquals(1, store.articleCount());
      assertTrue(store.eventCount() >= 1);
    }
  }
}
