package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {
  private static final String FORMAT = "@format\tsitrep-actors\t2\n";

  @TempDir Path dir;

  @Test
  void lookupShowsTheActorAndTheRowThatDecided() {
    CommandRun run = CommandRun.of("actors", "lookup", "Syrian", "regime", "forces",
        "--country", "SY");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Military Forces of Syria ("), run.out());
    assertTrue(run.out().contains("inter 1, CAMEO SYRMIL, country SYR"), run.out());
    assertTrue(run.out().matches("(?s).*[a-z-]+\\.tsv:\\d+ .*chosen: a shipped row.*"), run.out());
  }

  @Test
  void lookupSaysWhyADescriptionNamesNobodyElsewhere() {
    CommandRun run = CommandRun.of("actors", "lookup", "the", "regime", "--country", "Norway");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("'the regime' names no actor the tables know in a story of NOR"),
        run.out());
    assertTrue(run.out().contains("not used: only in stories of SYR"), run.out());
  }

  @Test
  void lookupUsesTheUsersTableAndTheDate() throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, FORMAT
        + "@regime\tNOR\t2005-10-17\t2005-2013\n@regime\tNOR\t2013-10-16\t2013-\n"
        + "Military Forces of {of country}{period}\t1\tNORMIL\tNOR\tno\t\t\tNorwegian coastguard\n");
    CommandRun run = CommandRun.of("actors", "lookup", "--actors", mine.toString(), "--date",
        "2010-01-01", "--json", "the", "Norwegian", "coastguard");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode found = parse(run.out()).get(0);
    assertEquals("Military Forces of Norway (2005-2013)", found.get("actor").get("name").asText());
    assertEquals(mine + ":4", found.get("source").asText());
  }

  @Test
  void lookupRefusesAnUnknownCountryAndABadDate() {
    CommandRun run = CommandRun.of("actors", "lookup", "gunmen", "--country", "Atlantis");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("sitrep: --country: 'Atlantis' is not a country"), run.err());
    run = CommandRun.of("actors", "lookup", "gunmen", "--date", "2020-02-30");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("sitrep: --date: '2020-02-30' is not a date"), run.err());
  }

  @Test
  void checkPassesTheShippedTables() {
    CommandRun run = CommandRun.of("actors", "check");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("no problems"), run.out());
  }

  @Test
  void checkListsEveryProblemWithFileAndLineAndExitsTwo() throws IOException {
    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, FORMAT
        + "Harbour Watch\t3\tNORUAF\tNOR\tno\t\t\tthe watch\n"
        + "Coast Militia\t3\tNORUAF\tNOR\tno\t\t\tthe Watch\n"
        + "River Guards\t3\tQQQREB\tNOR\tmaybe\t\t\triver guards\n");
    CommandRun run = CommandRun.of("actors", "check", broken.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(broken + ":3: alias 'the Watch' names 'Coast Militia' here"),
        run.err());
    assertTrue(run.err().contains(broken + ":4: generic must be yes or no, was 'maybe'"),
        run.err());
    String last = run.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.startsWith("2 problems in countries.tsv, ") && last.endsWith(", " + broken),
        last);
  }

  @Test
  void extractRefusesAMalformedActorTableInOneLine() throws IOException {
    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, FORMAT + "Somebody\t12\t\tNOR\tno\t\t\tsomebody\n");
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "Gunmen killed two villagers in Kano on Monday.\n");
    CommandRun run = CommandRun.of("extract", "--actors", broken.toString(), "--published",
        "2020-05-04", report.toString());
    assertEquals(2, run.exitCode());
    assertEquals("sitrep: " + broken + ":2: inter code must be 0-8, was 12", run.err().strip());
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
