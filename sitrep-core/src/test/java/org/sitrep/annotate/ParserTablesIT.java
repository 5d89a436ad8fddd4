package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The parser with Sitrep's feature tables parses every sentence as the stock parser does. */
class ParserTablesIT {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  @Test
  void swapsBothTablesAndParsesTheShippedExamplesExactlyAsBefore() throws IOException {
    StanfordCoreNLP shallow = new StanfordCoreNLP(CoreNlpAnnotator.shallowProperties());
    List<CoreMap> sentences = new ArrayList<>();
    try (var files = Files.list(Path.of("..", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Annotation document = new Annotation(Files.readString(file, StandardCharsets.UTF_8));
        shallow.annotate(document);
        sentences.addAll(document.get(CoreAnnotations.SentencesAnnotation.class));
      }
    }
    assertTrue(sentences.size() > 30, "the examples have " + sentences.size() + " sentences");
    DependencyParser stock = DependencyParser.loadFromModelFile(MODEL, new Properties());
    DependencyParser fast = DependencyParser.loadFromModelFile(MODEL, new Properties());
    assertTrue(ParserTables.speedUp(fast), "CoreNLP's parser no longer has the fields swapped");
    // Twice over, so that the second pass reads the features the first one cached.
    for (int pass = 0; pass < 2; pass++) {
      for (CoreMap s : sentences) {
        assertEquals(stock.predict(s).typedDependencies().toString(),
            fast.predict(s).typedDependencies().toString(),
            s.get(CoreAnnotations.TextAnnotation.class));
      }
    }
  }
}
