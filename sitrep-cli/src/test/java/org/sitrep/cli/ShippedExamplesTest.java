package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleInput;

class ShippedExamplesTest {
  @Test
  void listsEveryExampleInTheRepository() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      List<String> onDisk =
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") || n.endsWith(".html")).sorted().toList();
      assertEquals(onDisk, ShippedExamples.NAMES.stream().sorted().toList());
    }
  }

  @Test
  void loadsEachExampleFromTheClasspath() {
    List<ArticleInput> inputs = ShippedExamples.load();
    assertEquals(ShippedExamples.NAMES.size(), inputs.size());
    for (ArticleInput input : inputs) {
      assertTrue(input.bytes().length > 1000, input.id());
    }
  }
}
