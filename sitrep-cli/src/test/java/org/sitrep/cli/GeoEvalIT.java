package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval geo} finding toponyms with CoreNLP, on a file written here; and, when the shared
 * corpora are beside the repository, a floor under the gold-span figures of GeoWebNews.
 */
class GeoEvalIT {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void findsAndResolvesTheToponymsOfAWrittenFile(@TempDir Path dir) throws Exception {
    CommandRun run = CommandRun.of("eval", "geo", GeoEvalFiles.gwn(dir).toString(), "--json",
        "--threads", "2");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = mapper.readTree(run.out());
    assertEquals(1.0, report.get("recall").asDouble(), run.out());
    assertEquals(1.0, report.get("precision").asDouble(), run.out());
    assertEquals(4, report.get("n").asInt());
    assertEquals(1.0, report.get("acc161").asDouble(), run.out());
  }

  @Test
  void keepsTheGeoWebNewsFiguresOnGoldSpans() throws Exception {
    Path gwn = RepositoryRoot.beside("../shared/eval/geo/GWN.xml").orElse(Path.of("none"));
    assumeTrue(Files.isRegularFile(gwn), "no " + gwn);
    CommandRun run = CommandRun.of("eval", "geo", gwn.toString(), "--gold-spans", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = mapper.readTree(run.out());
    // Floors, raised on purpose when the figures rise (docs/evaluation.md, Geocoding).
    assertTrue(report.get("exact_id").asDouble() >= 0.74, run.out());
    assertTrue(report.get("acc161").asDouble() >= 0.37, run.out());
  }
}
