package org.sitrep.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one articles evaluation, as score.py computes them: TP = system events paired with
 * required gold, precision = TP / (system events − those paired with optional gold), recall = TP /
 * required gold, field accuracies on the TP pairs, and system events per control article.
 *
 * <pre>{@code
 * ArticleReport report = ArticleReport.of(goldSet, systemEvents, true);
 * String json = report.toJson(new ArticleReport.Run("sitrep", Optional.empty(),
 *     OptionalDouble.empty(), List.of()));
 * }</pre>
 */
public record ArticleReport(List<ArticleResult> articles, boolean useEvidence) {
  /** What was scored, for the JSON line: not figures, but needed to read them. */
  public record Run(
      String system,
      Optional<String> articlesFilter,
      OptionalDouble seconds,
      List<String> failedArticles) {
    public Run {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(articlesFilter, "articlesFilter");
      Objects.requireNonNull(seconds, "seconds");
      failedArticles = List.copyOf(failedArticles);
    }
  }

  public ArticleReport {
    articles = List.copyOf(articles);
  }

  /**
   * Scores the system events against the gold set; events of articles not in the set are left out.
   *
   * @param useEvidence evidence-aware matching (score.py's default), or plain
   */
  public static ArticleReport of(
      ArticleGoldSet gold, List<SystemEvent> events, boolean useEvidence) {
    ArticleMatcher matcher = new ArticleMatcher(useEvidence);
    List<ArticleResult> results = new ArrayList<>();
    for (GoldArticle a : gold.articles()) {
      List<SystemEvent> mine = events.stream().filter(e -> e.articleId().equals(a.id())).toList();
      results.add(ArticleResult.score(a, mine, gold.eventsOf(a.id()), matcher));
    }
    return new ArticleReport(results, useEvidence);
  }

  public String matching() {
    return useEvidence ? "evidence-aware" : "plain";
  }

  public int goldEvents() {
    return articles.stream().mapToInt(ArticleResult::requiredGold).sum();
  }

  public int optionalGold() {
    return articles.stream().mapToInt(ArticleResult::optionalGold).sum();
  }

  public int systemEvents() {
    return articles.stream().mapToInt(a -> a.system().size()).sum();
  }

  public int truePositives() {
    return articles.stream().mapToInt(ArticleResult::truePositives).sum();
  }

  public int truePositivesSameSentence() {
    return articles.stream().mapToInt(ArticleResult::truePositivesSameSentence).sum();
  }

  public int matchedOptional() {
    return articles.stream().mapToInt(ArticleResult::matchedOptional).sum();
  }

  public int falsePositives() {
    return articles.stream().mapToInt(ArticleResult::falsePositives).sum();
  }

  public int falseNegatives() {
    return articles.stream().mapToInt(ArticleResult::falseNegatives).sum();
  }

  public double precision() {
    int denominator = systemEvents() - matchedOptional();
    return denominator == 0 ? 0.0 : (double) truePositives() / denominator;
  }

  public double recall() {
    return goldEvents() == 0 ? 0.0 : (double) truePositives() / goldEvents();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The share of TP pairs with the field right; empty when there is no TP. */
  public OptionalDouble fieldAccuracy(String field) {
    int tp = truePositives();
    if (tp == 0) {
      return OptionalDouble.empty();
    }
    long right =
        articles.stream()
            .flatMap(a -> a.trueFieldScores().stream())
            .filter(f -> f.get(field))
            .count();
    return OptionalDouble.of((double) right / tp);
  }

  /** System events in the controls per control; empty when there is no control. */
  public OptionalDouble falseAlarmsPerControl() {
    long controls = articles.stream().filter(a -> !a.article().conflict()).count();
    int alarms = articles.stream().mapToInt(ArticleResult::falseAlarms).sum();
    return controls == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) alarms / controls);
  }

  /** score.py's final JSON line: the same keys, order and rounding (3 places). */
  public String toJson(Run run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n_articles", articles.size());
    m.put("n_gold", goldEvents());
    m.put("n_sys", systemEvents());
    m.put("precision", round(precision(), 3));
    m.put("recall", round(recall(), 3));
    m.put("f1", round(f1(), 3));
    for (String field : FieldScores.NAMES) {
      m.put(field, rounded(fieldAccuracy(field)));
    }
    m.put("false_alarms_per_nonconflict", rounded(falseAlarmsPerControl()));
    m.put("tp", truePositives());
    m.put("tp_same_sentence", truePositivesSameSentence());
    m.put("matched_optional", matchedOptional());
    m.put("system", run.system());
    run.articlesFilter().ifPresent(f -> m.put("articles_filter", f));
    m.put("matching", matching());
    if (run.seconds().isPresent()) {
      m.put("sitrep_seconds", round(run.seconds().getAsDouble(), 1));
    }
    if (!run.failedArticles().isEmpty()) {
      m.put("failed_articles", run.failedArticles());
    }
    return PyJson.dumps(m);
  }

  /** Python's {@code round(x, places)}: half to even on the double's exact value. */
  static double round(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Python's {@code format(x, ".Nf")}, which rounds as {@link #round} does. */
  static String fixed(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static Double rounded(OptionalDouble x) {
    return x.isPresent() ? round(x.getAsDouble(), 3) : null;
  }
}
