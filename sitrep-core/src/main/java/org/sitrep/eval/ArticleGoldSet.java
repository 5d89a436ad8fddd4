package org.sitrep.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An articles gold set as read from its folder: the articles in file order, their hand-coded
 * events, and where the texts are ({@code DIR/texts/ID.txt}).
 *
 * <pre>{@code
 * ArticleGoldSet gold = new ArticleGoldReader().read(Path.of("../shared/eval/articles"));
 * ArticleGoldSet pages = gold.select(ArticleFilter.parse("!we_"));
 * }</pre>
 */
public record ArticleGoldSet(Path dir, List<GoldArticle> articles, List<ArticleGoldEvent> events) {
  public ArticleGoldSet {
    Objects.requireNonNull(dir, "dir");
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }

  /** The articles the filter keeps and their events; the order is kept. */
  public ArticleGoldSet select(ArticleFilter filter) {
    List<GoldArticle> kept = articles.stream().filter(a -> filter.keeps(a.id())).toList();
    Set<String> ids = kept.stream().map(GoldArticle::id).collect(Collectors.toSet());
    return new ArticleGoldSet(
        dir, kept, events.stream().filter(g -> ids.contains(g.article())).toList());
  }

  /** The gold events of one article, in file order. */
  public List<ArticleGoldEvent> eventsOf(String articleId) {
    return events.stream().filter(g -> g.article().equals(articleId)).toList();
  }

  /**
   * The saved web page of one article, when the set names one ({@code .html} or {@code .htm},
   * gzipped or not; a source that is a record of another data set is no page).
   */
  public Optional<Path> pageFile(GoldArticle article) {
    Path parent = dir.toAbsolutePath().getParent();
    return article.sourcePage()
        .filter(page -> page.matches("(?i).*\\.html?(\\.gz)?"))
        .map(parent::resolve);
  }

  /** The text file of one article. */
  public Path textFile(GoldArticle article) {
    return dir.resolve("texts").resolve(article.id() + ".txt");
  }
}
