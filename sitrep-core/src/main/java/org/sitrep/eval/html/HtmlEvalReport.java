package org.sitrep.eval.html;

import java.util.List;
import java.util.Optional;

/**
 * The reader's scores over a gold set of pages. Precision and recall are averaged over pages, so
 * that a long page weighs no more than a short one, and F1 is taken of the two averages: the
 * benchmark's way, not the mean of per-page F1s.
 *
 * @param pages one result per page, in the gold set's order
 * @param readSeconds time spent reading pages (parse, main text, metadata, language), one thread,
 *     after a warm-up
 */
public record HtmlEvalReport(List<HtmlPageResult> pages, double readSeconds) {
  public HtmlEvalReport {
    pages = List.copyOf(pages);
  }

  public double precision() {
    return pages.stream().mapToDouble(p -> p.score().precision()).average().orElse(0);
  }

  public double recall() {
    return pages.stream().mapToDouble(p -> p.score().recall()).average().orElse(0);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of pages with a gold headline whose title matched it; 0 when none has one. */
  public double titleAccuracy() {
    return share(pages.stream().map(HtmlPageResult::titleRight).toList());
  }

  /** Share of pages with a gold date whose date matched it; 0 when none has one. */
  public double dateAccuracy() {
    return share(pages.stream().map(HtmlPageResult::dateRight).toList());
  }

  /** Names of the pages the reader refused. */
  public List<String> failures() {
    return pages.stream().filter(p -> p.failure().isPresent()).map(HtmlPageResult::name).toList();
  }

  public double pagesPerSecond() {
    return readSeconds <= 0 ? 0 : pages.size() / readSeconds;
  }

  private static double share(List<Optional<Boolean>> marks) {
    long known = marks.stream().filter(Optional::isPresent).count();
    long right = marks.stream().filter(m -> m.orElse(false)).count();
    return known == 0 ? 0 : (double) right / known;
  }
}
