package org.sitrep.eval.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.annotate.Annotator;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.Span;

/**
 * Sitrep's own geotagging: the LOCATION mentions of CoreNLP's named-entity recognition, which the
 * annotator runs on every sentence. Give it an annotator that parses nothing
 * ({@code CoreNlpAnnotator.withoutParse()}): names need no parse.
 */
public final class NerToponymFinder implements ToponymFinder {
  private final Annotator annotator;

  public NerToponymFinder(Annotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  @Override
  public List<Span> find(String text) {
    ArticleMetadata none = new ArticleMetadata(
        "", "", Optional.empty(), Optional.empty(), Optional.empty(), new Span(0, 0), List.of());
    return annotator.annotate(new Article("geo", text, none)).entityMentions().stream()
        .filter(m -> m.type().equals("LOCATION"))
        .map(m -> new Span(m.start(), m.end()))
        .toList();
  }
}
