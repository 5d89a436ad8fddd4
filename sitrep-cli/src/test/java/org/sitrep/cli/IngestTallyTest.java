package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IngestTallyTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong clock = new AtomicLong();

  private IngestTally tally(boolean progress) {
    return new IngestTally(new StatusLine(new PrintWriter(err), false, clock::get), progress);
  }

  @Test
  void the_closing_line_counts_stored_already_stored_and_failed_articles() {
    IngestTally tally = tally(true);
    tally.stored(3, 0);
    tally.stored(1, 0);
    tally.alreadyStored();
    tally.other(true);
    tally.other(false);
    assertEquals("5 articles: 2 stored (4 events), 1 already stored, 1 failed",
        tally.closingLine());
    assertEquals(1, tally.failed());
  }

  @Test
  void progress_is_a_line_every_15_seconds_off_a_terminal_and_none_with_no_progress() {
    IngestTally shown = tally(true);
    clock.set(16_000_000_000L);
    shown.stored(2, 0);
    assertEquals("ingest: 1 articles, 1 stored (2 events), 0 already stored, 0 failed, 0.06/s\n",
        err.toString().replace(System.lineSeparator(), "\n"));

    err.getBuffer().setLength(0);
    IngestTally hidden = tally(false);
    clock.set(40_000_000_000L);
    hidden.stored(2, 0);
    assertEquals("", err.toString());
  }

  @Test
  void the_closing_line_says_how_many_events_joined_events_of_other_articles() {
    IngestTally tally = tally(false);
    tally.stored(3, 0);
    tally.stored(3, 2);
    assertEquals("2 articles: 2 stored (6 events, 2 of them merged into events of other articles),"
        + " 0 already stored, 0 failed", tally.closingLine());
  }

  @Test
  void one_article_is_singular() {
    IngestTally tally = tally(false);
    tally.stored(1, 0);
    assertEquals("1 article: 1 stored (1 event), 0 already stored, 0 failed",
        tally.closingLine());
  }
}
