package org.sitrep.annotate;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;

/** An article with its sentences, in text order. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** True for a sentence of the headline, which names an event the body tells. */
  public boolean isHeadline(Sentence s) {
    return article.metadata().titleSpan().contains(s.start());
  }

  /** The named entities of every sentence, in text order. */
  public List<EntityMention> entityMentions() {
    return sentences.stream().flatMap(s -> EntityMention.in(s, article.text()).stream()).toList();
  }

  /** The article's characters {@code [start, end)}. */
  public String text(int start, int end) {
    return article.text().substring(start, end);
  }
}
