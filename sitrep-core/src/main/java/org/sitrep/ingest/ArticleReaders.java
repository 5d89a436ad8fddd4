package org.sitrep.ingest;

import org.sitrep.ingest.html.HtmlReader;
import org.sitrep.model.Article;

/**
 * The reader for every kind of input: plain text or a web page, then the language of what was
 * read. Thread-safe.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReaders();
 * Article article = reader.read(input);   // article.metadata().language() is set when detectable
 * }</pre>
 */
public final class ArticleReaders implements ArticleReader {
  private final PlainTextReader text = new PlainTextReader();
  private final HtmlReader html = new HtmlReader(text);
  private final Languages languages = new Languages();

  @Override
  public Article read(ArticleInput input) throws InputProblem {
    Article article = switch (input.kind()) {
      case TEXT -> text.read(input);
      case HTML -> html.read(input);
    };
    return new Article(article.id(), article.text(),
        article.metadata().withLanguage(languages.detect(BodyText.of(article))));
  }
}
