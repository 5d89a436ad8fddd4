package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.web.CacheValidators;

/**
 * {@code sitrep watch --once} on feeds that fail or hold nothing new: one line per problem, exit 2,
 * and the pipeline never loads (there is nothing to extract).
 */
class WatchCommandTest {
  @TempDir Path data;

  private final FeedServer web;

  WatchCommandTest() throws Exception {
    web = new FeedServer();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private CommandRun watch(String... feeds) {
    String[] args = new String[feeds.length + 4];
    args[0] = "watch";
    args[1] = "--once";
    args[2] = "--data-dir";
    args[3] = data.toString();
    System.arraycopy(feeds, 0, args, 4, feeds.length);
    return WatchRun.of(args);
  }

  @Test
  void the_typer_options_are_extracts_and_checked_before_any_poll() {
    web.feed("/empty", "application/rss+xml", FeedServer.rss());
    CommandRun run = watch("--model", "m.model", "--no-model", web.url("/empty"));
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--model and --no-model"), run.err());
    assertTrue(web.requests().isEmpty(), "no feed polled");
  }

  @Test
  void a_failing_feed_is_one_line_and_exit_2_and_the_next_feed_is_still_polled() {
    web.page("/down", 500, "text/html", "<p>oops</p>")
        .feed("/empty", "application/rss+xml", FeedServer.rss());
    CommandRun run = watch(web.url("/down"), web.url("/empty"));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(List.of("sitrep: " + web.url("/down") + ": HTTP 500 (server error)"),
        run.errLines());
    assertEquals("", run.out());
    assertTrue(web.requests().stream().anyMatch(r -> r.path().equals("/empty")));
  }

  @Test
  void malformed_xml_and_a_web_page_are_not_feeds() {
    web.page("/bad", 200, "application/rss+xml", "<rss><channel><item></channel>")
        .page("/html", 200, "text/html", FeedServer.page("Home", "Welcome"));
    CommandRun run = watch(web.url("/bad"), web.url("/html"));
    assertEquals(2, run.exitCode());
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("sitrep: " + web.url("/bad")
        + ": not a feed: malformed XML"), run.err());
    assertEquals("sitrep: " + web.url("/html") + ": not a feed: it is a web page (HTML)",
        run.errLines().get(1));
    assertFalse(run.err().contains("Exception"));
  }

  @Test
  void the_second_poll_sends_the_etag_and_a_304_is_nothing_new() {
    web.feed("/rss", "application/rss+xml", FeedServer.rss());
    assertEquals(0, watch(web.url("/rss")).exitCode());
    CommandRun second = watch(web.url("/rss"));
    assertEquals(0, second.exitCode(), second.err());
    assertEquals("", second.out());
    List<FeedServer.Request> requests = web.requests();
    assertEquals("", requests.get(0).ifNoneMatch());
    assertFalse(requests.get(1).ifNoneMatch().isEmpty());
    assertTrue(Files.exists(data.resolve("watch/seen.tsv")));
  }

  @Test
  void an_item_in_another_language_is_one_line_and_no_failure() {
    web.page("/fr", 200, "text/html; charset=utf-8", FeedServer.page("Combats à Kidal",
        "Des combats ont repris mardi à la périphérie de Kidal, où les soldats et les rebelles"
            + " ont échangé des tirs pendant plusieurs heures, selon des habitants."))
        .feed("/rss", "application/rss+xml", FeedServer.rss(web.url("/fr"), "Combats"));
    CommandRun run = watch(web.url("/rss"));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("sitrep: " + web.url("/fr") + ": in French (fr), not English; skipped"),
        run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void a_missing_feed_file_is_one_line() {
    String missing = data.resolve("none.xml").toString();
    CommandRun run = watch(missing);
    assertEquals(2, run.exitCode());
    assertEquals(List.of("sitrep: " + missing + ": no such file"), run.errLines());
  }

  @Test
  void bad_options_are_usage_errors() {
    CommandRun interval = WatchRun.of("watch", "--every", "10x", "--once", web.url("/rss"));
    assertEquals(2, interval.exitCode());
    assertTrue(interval.err().startsWith("sitrep: --every: '10x' is not an interval"),
        interval.err());
    CommandRun json = WatchRun.of("watch", "--out", data.toString(), "--format", "json",
        web.url("/rss"));
    assertEquals(2, json.exitCode());
    assertTrue(web.requests().isEmpty(), "no connection for a usage error");
  }

  @Test
  void intervals_read_and_print_as_typed() {
    PollInterval every = new PollInterval();
    assertEquals(Duration.ofSeconds(30), every.convert("30s"));
    assertEquals(Duration.ofMinutes(10), every.convert("10m"));
    assertEquals(Duration.ofHours(1), every.convert("1h"));
    assertEquals("1h30m", PollInterval.words(Duration.ofMinutes(90)));
    assertEquals("20m", PollInterval.words(Duration.ofMinutes(20)));
  }

  @Test
  void the_seen_state_survives_a_save_and_load_with_odd_characters() {
    Path file = data.resolve("watch/seen.tsv");
    SeenItems state = SeenItems.load(file);
    state.markSeen("https://x/rss", "https://x/a\tb");
    state.setValidators("https://x/rss", new CacheValidators(java.util.Optional.of("\"e\""),
        java.util.Optional.empty()));
    state.save();
    SeenItems again = SeenItems.load(file);
    assertTrue(again.seen("https://x/rss", "https://x/a\tb"));
    assertFalse(again.seen("https://x/rss", "https://x/a"));
    assertEquals(java.util.Optional.of("\"e\""), again.validators("https://x/rss").etag());
  }
}
