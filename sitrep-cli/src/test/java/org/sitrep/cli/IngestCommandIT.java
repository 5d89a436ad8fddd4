package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Evidence;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;

/** {@code sitrep ingest} with the real pipeline and the embedded store, in a temporary data dir. */
class IngestCommandIT {
  private static final Pattern CLOSING = Pattern.compile(
      "sitrep: 2 articles: (\\d+) stored \\((\\d+) events?\\), (\\d+) already stored, 0 failed");

  @TempDir Path dataDir;
  @TempDir Path reports;

  /**
   * The gazetteer index of the tests' SITREP_HOME, shared rather than built again in the temporary
   * data directory; the store is this test's own.
   */
  @BeforeEach
  void shareTheGazetteer() throws IOException {
    Path home = Path.of(System.getenv("SITREP_HOME"), "gazetteer");
    Files.createDirectories(home);
    Files.createSymbolicLink(dataDir.resolve("gazetteer"), home.toAbsolutePath());
  }

  @Test
  void a_folder_ingested_twice_is_stored_once() throws IOException {
    // A folder with a subfolder and a hidden file: every report in it, and only reports.
    Files.copy(Path.of("..", "examples", "idlib-shelling.txt"), reports.resolve("a.txt"));
    Files.createDirectories(reports.resolve("more"));
    Files.copy(Path.of("..", "examples", "mosul-strike.txt"), reports.resolve("more/b.txt"));
    Files.writeString(reports.resolve(".hidden"), "not a report");

    CommandRun first = ingest();
    assertEquals(0, first.exitCode(), first.err());
    Matcher stored = closing(first);
    assertEquals("2", stored.group(1), first.err());
    long events = Long.parseLong(stored.group(2));
    assertTrue(events >= 2, first.err());

    CommandRun second = ingest();
    assertEquals(0, second.exitCode(), second.err());
    Matcher again = closing(second);
    assertEquals(List.of("0", "0", "2"), List.of(again.group(1), again.group(2), again.group(3)));

    try (PostgresStore store = Stores.open(dataDir, Optional.empty(), Map.of())) {
      assertEquals(2, store.articleCount());
      assertEquals(events, store.eventCount());
      StoredArticle idlib = store.article(ContentHash.of(
          Files.readString(reports.resolve("a.txt"), StandardCharsets.UTF_8))).orElseThrow();
      List<StoredEvent> idlibEvents = store.eventsOf(idlib.id());
      assertTrue(idlibEvents.size() >= 1);
      for (StoredEvent e : idlibEvents) {
        assertEquals(idlib.inputId(), e.event().article());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), idlib.published());
        for (Evidence evidence : e.event().evidence()) {
          assertEquals(idlib.text().substring(evidence.start(), evidence.end()), evidence.text(),
              "evidence points into the stored text");
        }
      }
    }
  }

  @Test
  void a_missing_file_is_one_line_and_exit_2() {
    String missing = reports.resolve("nowhere.txt").toString();
    CommandRun run = CommandRun.of("ingest", "--data-dir", dataDir.toString(), "--no-progress",
        missing);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(List.of("sitrep: " + missing + ": no such file"), run.errLines());
    assertTrue(Files.notExists(dataDir.resolve("store")), "no server started for nothing");
  }

  private CommandRun ingest() {
    return CommandRun.of("ingest", "--data-dir", dataDir.toString(), "--no-progress",
        "--published", "2025-03-12", "--threads", "2", reports.toString());
  }

  private static Matcher closing(CommandRun run) {
    List<String> lines = run.errLines();
    Matcher m = CLOSING.matcher(lines.get(lines.size() - 1));
    assertTrue(m.matches(), run.err());
    return m;
  }
}
