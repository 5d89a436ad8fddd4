package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.place.Distance;
import org.sitrep.place.ResolvedToponym;
import org.sitrep.place.ToponymResolver;

/**
 * Scores toponym resolution on one gold article, in one of two ways:
 *
 * <ul>
 *   <li>on the gold spans: every gold toponym's name is resolved with the others of its article
 *       as context, and every geocoded one is scored;
 *   <li>on detected toponyms: a {@link ToponymFinder} finds the names, they are resolved together,
 *       and each geocoded gold toponym that a detected one overlaps is scored with that one's
 *       reading. Recall and precision of the detection come along.
 * </ul>
 *
 * <p>Thread-safe when the resolver and finder are.
 */
public final class GeoEvaluation {
  private final ToponymResolver resolver;

  public GeoEvaluation(ToponymResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Resolves the article's gold spans and scores the geocoded ones. */
  public ArticleScore onGoldSpans(GeoArticle article) {
    List<GoldToponym> gold = article.toponyms();
    List<String> names = gold.stream().map(g -> text(article, g.span())).toList();
    List<ResolvedToponym> resolved = resolver.resolve(names);
    List<ToponymResult> results = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).geocoded()) {
        results.add(result(article, gold.get(i), resolved.get(i)));
      }
    }
    return new ArticleScore(results, results.size(), 0, 0);
  }

  /** Finds the article's toponyms, resolves them, and scores those that meet a gold one. */
  public ArticleScore onDetected(GeoArticle article, ToponymFinder finder) {
    List<Span> found = finder.find(article.text());
    List<ResolvedToponym> resolved =
        resolver.resolve(found.stream().map(s -> text(article, s)).toList());
    List<ToponymResult> results = new ArrayList<>();
    int geocoded = 0;
    for (GoldToponym g : article.toponyms()) {
      if (!g.geocoded()) {
        continue;
      }
      geocoded++;
      bestOverlap(g.span(), found).ifPresent(i -> results.add(result(article, g, resolved.get(i))));
    }
    int onGold = 0;
    for (Span s : found) {
      if (article.toponyms().stream().anyMatch(g -> g.namesPlace() && overlap(g.span(), s) > 0)) {
        onGold++;
      }
    }
    return new ArticleScore(results, geocoded, found.size(), onGold);
  }

  private static ToponymResult result(GeoArticle article, GoldToponym gold, ResolvedToponym r) {
    GeoPoint point = gold.point().orElseThrow();
    double km = r.place()
        .map(p -> Distance.km(p.latitude(), p.longitude(), point.latitude(), point.longitude()))
        .orElse(GeocodingMetrics.MAX_KM);
    return new ToponymResult(article.id(), gold, r, km);
  }

  /** The index of the found span that shares the most characters with {@code gold}, if any. */
  private static Optional<Integer> bestOverlap(Span gold, List<Span> found) {
    int best = -1;
    int most = 0;
    for (int i = 0; i < found.size(); i++) {
      int shared = overlap(gold, found.get(i));
      if (shared > most) {
        most = shared;
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static String text(GeoArticle article, Span span) {
    return article.text().substring(span.start(), span.end());
  }

  /** The place's label for reports: "Paris, Texas, United States (4717560)". */
  public static String label(Place p) {
    StringBuilder s = new StringBuilder(p.name());
    if (!p.admin1().isEmpty() && !p.admin1().equals(p.name())) {
      s.append(", ").append(p.admin1());
    }
    if (!p.country().isEmpty() && !p.country().equals(p.name())) {
      s.append(", ").append(p.country());
    }
    return s.append(" [").append(p.featureCode()).append(' ').append(p.geonameId()).append(']')
        .toString();
  }
}
