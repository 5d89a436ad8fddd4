package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.Span;

class BodyTextTest {
  @Test
  void leavesOutTitleAndCaptionsAndKeepsParagraphsApart() {
    String text = "Troops Retake Town\n\nTroops retook the town.\n\nPhoto: Jane Roe\n\nTwo died.";
    int caption = text.indexOf("Photo");
    ArticleMetadata metadata = new ArticleMetadata("Troops Retake Town", "", Optional.empty(),
        Optional.empty(), Optional.empty(), new Span(0, 18),
        List.of(new Span(caption, caption + "Photo: Jane Roe".length())));
    assertEquals("Troops retook the town.\n\nTwo died.",
        BodyText.of(new Article("a", text, metadata)));
  }
}
