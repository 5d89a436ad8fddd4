package org.sitrep.annotate;

import org.sitrep.model.Article;

/**
 * Linguistic annotation of an article's body: sentences, tokens, POS, lemmas, NER, dependency
 * parses and time expressions. Implementations are thread-safe and load their models once.
 */
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
