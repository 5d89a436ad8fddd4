package org.sitrep.eval.geo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of one geocoding evaluation run.
 *
 * @param corpus the corpus's name
 * @param metrics the Pragmatic Guide's figures over the scored toponyms
 * @param exactId the share of scored toponyms with a gold GeoNames id whose chosen place has it
 * @param withId how many scored toponyms have a gold GeoNames id
 * @param recall geocoded gold toponyms overlapped by a detected one; empty on gold spans
 * @param precision detected toponyms overlapping a gold place name; empty on gold spans
 * @param results every scored toponym, worst error first
 */
public record GeoReport(
    String corpus,
    GeocodingMetrics metrics,
    double exactId,
    int withId,
    OptionalDouble recall,
    OptionalDouble precision,
    List<ToponymResult> results) {
  public GeoReport {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(metrics, "metrics");
    results = List.copyOf(results);
  }

  /** Adds up the articles' scores; recall and precision only when toponyms were detected. */
  public static GeoReport of(String corpus, List<ArticleScore> articles, boolean detected) {
    List<ToponymResult> results = new ArrayList<>();
    int gold = 0;
    int found = 0;
    int foundOnGold = 0;
    for (ArticleScore a : articles) {
      results.addAll(a.results());
      gold += a.geocodedGold();
      found += a.detected();
      foundOnGold += a.detectedOnGold();
    }
    results.sort(Comparator.comparingDouble(ToponymResult::errorKm).reversed());
    GeocodingMetrics metrics =
        GeocodingMetrics.of(results.stream().mapToDouble(ToponymResult::errorKm).toArray());
    int withId = (int) results.stream().filter(r -> r.gold().geonameId().isPresent()).count();
    long same = results.stream().filter(ToponymResult::sameId).count();
    return new GeoReport(
        corpus,
        metrics,
        withId == 0 ? 0 : (double) same / withId,
        withId,
        detected ? OptionalDouble.of(share(results.size(), gold)) : OptionalDouble.empty(),
        detected ? OptionalDouble.of(share(foundOnGold, found)) : OptionalDouble.empty(),
        results);
  }

  /**
   * Scored toponyms resolved to the gold's own GeoNames place that still lie over 161 km from the
   * gold point: the gazetteer puts the place elsewhere than GeoNames does (the bundled one codes
   * countries and provinces at their capitals), which no choice among readings can mend.
   */
  public long rightIdFar() {
    return results.stream()
        .filter(r -> r.sameId() && r.errorKm() > GeocodingMetrics.ACCURATE_KM)
        .count();
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** One JSON object: acc161, exact_id, median_km, mean_km, auc, n, and recall and precision. */
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("corpus", corpus);
    n.put("acc161", round(metrics.acc161(), 4));
    n.put("exact_id", round(exactId, 4));
    n.put("median_km", round(metrics.medianKm(), 1));
    n.put("mean_km", round(metrics.meanKm(), 1));
    n.put("auc", round(metrics.auc(), 4));
    n.put("n", metrics.n());
    n.put("n_with_id", withId);
    n.put("n_right_id_far", rightIdFar());
    recall.ifPresent(r -> n.put("recall", round(r, 4)));
    precision.ifPresent(p -> n.put("precision", round(p, 4)));
    return n;
  }

  /** A short table for people, with the {@code worst} largest errors below it. */
  public String toText(int worst) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Geocoding on %s: %d toponyms scored%n", corpus,
        metrics.n()));
    s.append(String.format(Locale.ROOT, "  acc@161km  %.3f%n", metrics.acc161()));
    s.append(String.format(Locale.ROOT, "  exact id   %.3f  (of %d with a GeoNames id)%n", exactId,
        withId));
    s.append(String.format(Locale.ROOT, "  median km  %.1f%n", metrics.medianKm()));
    s.append(String.format(Locale.ROOT, "  mean km    %.1f%n", metrics.meanKm()));
    s.append(String.format(Locale.ROOT, "  AUC        %.3f  (0 best, 1 worst)%n", metrics.auc()));
    s.append(String.format(Locale.ROOT, "  right id, over 161 km away: %d%n", rightIdFar()));
    recall.ifPresent(r -> s.append(String.format(Locale.ROOT, "  recall     %.3f%n", r)));
    precision.ifPresent(p -> s.append(String.format(Locale.ROOT, "  precision  %.3f%n", p)));
    if (worst > 0 && !results.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nLargest errors:%n"));
      for (ToponymResult r : results.subList(0, Math.min(worst, results.size()))) {
        s.append(errorLine(r)).append('\n');
      }
    }
    return s.toString();
  }

  /** One scored toponym as a tab-separated line: article, name, km, chosen place, gold. */
  public static String errorLine(ToponymResult r) {
    GeoPoint g = r.gold().point().orElseThrow();
    return String.join("\t",
        r.articleId(),
        r.resolved().name(),
        String.format(Locale.ROOT, "%.0f", r.errorKm()),
        r.resolved().place().map(GeoEvaluation::label).orElse("(none)"),
        String.format(Locale.ROOT, "gold %.3f,%.3f%s", g.latitude(), g.longitude(),
            r.gold().geonameId().isPresent() ? " [" + r.gold().geonameId().getAsLong() + "]" : ""),
        r.gold().kind());
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
