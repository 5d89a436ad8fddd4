package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which articles of a gold set to score, by id prefix, as score.py's {@code --articles}: a
 * comma-separated list of prefixes, where "!PREFIX" excludes. An article is kept when it starts
 * with one of the including prefixes (or there are none) and with none of the excluding ones.
 *
 * <pre>{@code
 * ArticleFilter.parse("we_").keeps("we_road_ied_8");      // true
 * ArticleFilter.parse("!we_,gaza").keeps("gaza_tracker"); // true
 * }</pre>
 */
public record ArticleFilter(String spec, List<String> include, List<String> exclude) {
  /** Every article. */
  public static final ArticleFilter ALL = parse("");

  public ArticleFilter {
    Objects.requireNonNull(spec, "spec");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public static ArticleFilter parse(String spec) {
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      String prefix = ScoreText.pyStrip(part);
      if (prefix.startsWith("!")) {
        exclude.add(prefix.substring(1));
      } else if (!prefix.isEmpty()) {
        include.add(prefix);
      }
    }
    return new ArticleFilter(spec, include, exclude);
  }

  public boolean keeps(String articleId) {
    boolean included = include.isEmpty() || include.stream().anyMatch(articleId::startsWith);
    return included && exclude.stream().noneMatch(articleId::startsWith);
  }

  /** True when nothing is filtered out. */
  public boolean all() {
    return include.isEmpty() && exclude.isEmpty();
  }
}
