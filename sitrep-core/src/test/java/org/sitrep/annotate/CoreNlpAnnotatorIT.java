package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.Span;

class CoreNlpAnnotatorIT {
  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    // Parse only sentences that contain "attacked", as the pipeline parses only trigger sentences.
    annotator = new CoreNlpAnnotator(s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("attack")));
  }

  private static Article article(String text, int titleEnd, List<Span> captions) {
    return new Article("t", text, new ArticleMetadata(text.substring(0, titleEnd), "",
        Optional.of(LocalDate.of(2017, 11, 23)), Optional.empty(), Optional.empty(),
        new Span(0, titleEnd), captions));
  }

  @Test
  void tokensAndSentencesPointIntoTheArticleText() {
    String text = "Fighting in Deir ez-Zor\n\nRebels attacked an army post in Deir ez-Zor on Wednesday. "
        + "The weather was cold.";
    AnnotatedArticle a = annotator.annotate(article(text, 23, List.of()));
    for (Sentence s : a.sentences()) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      s.tokens().forEach(t -> assertEquals(t.word(), text.substring(t.start(), t.end())));
    }
  }

  @Test
  void theTitleIsItsOwnSentenceFirstAndCaptionsYieldNone() {
    String text = "Army post attacked\n\nSoldiers in Raqqa, June 6, 2017. REUTERS/Jane Roe\n\n"
        + "Rebels attacked an army post on Wednesday.";
    int captionStart = text.indexOf("Soldiers");
    int captionEnd = text.indexOf("Roe") + 3;
    AnnotatedArticle a = annotator.annotate(article(text, 18, List.of(new Span(captionStart, captionEnd))));
    assertEquals(2, a.sentences().size());
    assertEquals("Army post attacked", a.sentences().get(0).text());
    assertTrue(a.isHeadline(a.sentences().get(0)));
    assertTrue(a.sentences().get(1).text().startsWith("Rebels attacked"));
    assertFalse(a.isHeadline(a.sentences().get(1)));
  }

  /** The floor bench measures against annotates the very text the pipeline annotates. */
  @Test
  void theAnnotationFloorSeesTheTokensThePipelineSees() {
    String text = "Army post attacked\n\nSoldiers in Raqqa, June 6, 2017. REUTERS/Jane Roe\n\n"
        + "Rebels attacked an army post on Wednesday. The weather was cold.";
    int captionStart = text.indexOf("Soldiers");
    int captionEnd = text.indexOf("Roe") + 3;
    Article article = article(text, 18, List.of(new Span(captionStart, captionEnd)));
    assertEquals(annotator.annotate(article).tokenCount(), AnnotationFloor.load().annotate(article));
  }

  @Test
  void aTitleRunningIntoTheLeadOnTheNextLineIsStillItsOwnSentence() {
    String text = "Seven killed in blast in Kabul\nA bomb exploded near a market on Friday.";
    AnnotatedArticle a = annotator.annotate(article(text, 30, List.of()));
    assertEquals("Seven killed in blast in Kabul", a.sentences().get(0).text());
    assertEquals("A bomb exploded near a market on Friday.", a.sentences().get(1).text());
  }

  @Test
  void onlyChosenSentencesAreParsedAndDatesAreResolved() {
    String text = "T\n\nThe weather was cold on Monday. Rebels attacked an army post on Wednesday.";
    AnnotatedArticle a = annotator.annotate(article(text, 1, List.of()));
    assertFalse(a.sentences().get(1).parsed());
    Sentence attack = a.sentences().get(2);
    assertTrue(attack.parsed());
    assertEquals("2017-11-22", attack.times().get(0).value());
    Token rebels = attack.token(0);
    assertEquals("nsubj", attack.head(rebels.index()).orElseThrow().relation());
  }

  @Test
  void namedEntitiesAreTagged() {
    String text = "T\n\nRebels attacked an army post in Damascus.";
    AnnotatedArticle a = annotator.annotate(article(text, 1, List.of()));
    assertTrue(a.sentences().get(1).tokens().stream()
        .anyMatch(t -> t.word().equals("Damascus") && t.ner().equals("LOCATION")));
  }
}
