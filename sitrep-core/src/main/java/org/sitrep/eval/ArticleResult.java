package org.sitrep.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.eval.ArticleMatcher.Pair;

/**
 * One article scored: its gold and system events and the pairs the matcher made, with the counts of
 * score.py's table row. A pair with optional gold is neither a true nor a false positive.
 *
 * @param pairs sorted by gold event, as score.py lists them
 */
public record ArticleResult(
    GoldArticle article, List<SystemEvent> system, List<ArticleGoldEvent> gold, List<Pair> pairs) {
  public ArticleResult {
    Objects.requireNonNull(article, "article");
    system = List.copyOf(system);
    gold = List.copyOf(gold);
    pairs = pairs.stream().sorted(Comparator.comparingInt(Pair::gold)).toList();
  }

  /** Matches the article's events and keeps the result. */
  public static ArticleResult score(
      GoldArticle article,
      List<SystemEvent> system,
      List<ArticleGoldEvent> gold,
      ArticleMatcher matcher) {
    return new ArticleResult(article, system, gold, matcher.match(system, gold));
  }

  public int requiredGold() {
    return (int) gold.stream().filter(g -> !g.optional()).count();
  }

  public int optionalGold() {
    return gold.size() - requiredGold();
  }

  /** Pairs with required gold: the true positives. */
  public List<Pair> truePairs() {
    return pairs.stream().filter(p -> !gold.get(p.gold()).optional()).toList();
  }

  public int truePositives() {
    return truePairs().size();
  }

  /** System events paired with optional gold: left out of precision. */
  public int matchedOptional() {
    return pairs.size() - truePositives();
  }

  public int falsePositives() {
    return system.size() - pairs.size();
  }

  public int falseNegatives() {
    return requiredGold() - truePositives();
  }

  /** True pairs whose system event was read from the gold event's sentence, in either mode. */
  public int truePositivesSameSentence() {
    return (int)
        truePairs().stream()
            .filter(p -> SameSentence.test(system.get(p.system()), gold.get(p.gold())))
            .count();
  }

  /** System events in a control: false alarms. */
  public int falseAlarms() {
    return article.conflict() ? 0 : system.size();
  }

  /** The field scores of each true pair, in pair order. */
  public List<FieldScores> trueFieldScores() {
    return truePairs().stream()
        .map(p -> FieldScores.of(system.get(p.system()), gold.get(p.gold())))
        .toList();
  }
}
