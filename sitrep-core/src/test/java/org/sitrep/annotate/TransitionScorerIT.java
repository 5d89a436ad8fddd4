package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DelegatingClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The parser with Sitrep's transition scorer parses every sentence as the stock parser does. */
class TransitionScorerIT {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** Sentences with rare names and long clauses, so that many features are met on the parse. */
  private static final String WRITTEN = String.join(" ",
      "Gunmen on motorbikes stormed Kwatarkwashi market at dawn on Tuesday, killing 14 traders and"
          + " abducting an unknown number of women, a councillor told reporters by telephone.",
      "The Ministry said that its aircraft had struck what it described as a logistics depot of the"
          + " Ansar al-Sunna group near Mocímboa da Praia, though residents disputed the account.",
      "Hundreds of teachers, who had not been paid since March, marched to the governor's office in"
          + " Bukavu and were dispersed with tear gas before they reached it.",
      "No one has claimed the bombing, which tore through a minibus queue in Hargeisa's Waheen"
          + " quarter shortly after Friday prayers.",
      "Neither the rebels nor the army, which regained Tabanga after two days of fighting, could be"
          + " reached for comment.");

  @Test
  void parsesTheShippedExamplesAndWrittenSentencesExactlyAsTheStockClassifier()
      throws IOException, ReflectiveOperationException {
    StanfordCoreNLP shallow = new StanfordCoreNLP(CoreNlpAnnotator.shallowProperties());
    List<String> texts = new ArrayList<>();
    texts.add(WRITTEN);
    try (var files = Files.list(Path.of("..", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<CoreMap> sentences = new ArrayList<>();
    for (String text : texts) {
      Annotation document = new Annotation(text);
      shallow.annotate(document);
      sentences.addAll(document.get(CoreAnnotations.SentencesAnnotation.class));
    }
    assertTrue(sentences.size() > 30, "the texts have " + sentences.size() + " sentences");

    // Settings of its own, so that CoreNLP's cache of parsers gives this test a parser no other
    // test has changed.
    Properties settings = new Properties();
    settings.setProperty("numCached", "4321");
    DependencyParser parser = DependencyParser.loadFromModelFile(MODEL, settings);
    Field classifier = DependencyParser.class.getDeclaredField("classifier");
    classifier.setAccessible(true);
    Object stock = classifier.get(parser);
    List<String> expected = new ArrayList<>();
    for (CoreMap s : sentences) {
      expected.add(parser.predict(s).typedDependencies().toString());
    }

    // States with one legal move are then left unscored: the parses below show it changes none.
    assertTrue(TransitionScorer.noTag(parser) >= 0, "CoreNLP's parser keeps its tags otherwise");
    // A bound of 50 vectors, so that most features met are computed again each time.
    assertTrue(TransitionScorer.install(parser, 20_000, 50), "CoreNLP's parser changed its fields");
    Object ours = classifier.get(parser);
    assertNotSame(stock, ours);
    assertTrue(ours instanceof DelegatingClassifier);
    assertTrue(TransitionScorer.install(parser, 20_000, 50));
    assertSame(ours, classifier.get(parser), "a second install keeps the first scorer");
    // Twice over, so that the second pass reads the vectors the first one kept.
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < sentences.size(); i++) {
        assertEquals(expected.get(i), parser.predict(sentences.get(i)).typedDependencies().toString(),
            sentences.get(i).get(CoreAnnotations.TextAnnotation.class));
      }
    }
  }
}
