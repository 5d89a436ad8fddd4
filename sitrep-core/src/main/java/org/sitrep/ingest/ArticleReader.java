package org.sitrep.ingest;

import org.sitrep.model.Article;

/**
 * Turns raw input into an {@link Article}. Implementations reject bad input with an {@link
 * InputProblem} that names the input and says what is wrong, never with a generic exception.
 */
public interface ArticleReader {
  Article read(ArticleInput input) throws InputProblem;
}
