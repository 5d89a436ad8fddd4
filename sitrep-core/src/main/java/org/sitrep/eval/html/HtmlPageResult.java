package org.sitrep.eval.html;

import java.util.Objects;
import java.util.Optional;

/**
 * How the reader did on one gold page.
 *
 * @param name the page's name
 * @param score precision and recall of the main text's shingles
 * @param titleRight whether the title was the gold headline; empty when the gold gives none
 * @param dateRight whether the date was the gold's calendar date; empty when the gold gives none
 * @param failure why the reader refused the page; empty when it read it
 */
public record HtmlPageResult(String name, ShingleScore.PageScore score,
    Optional<Boolean> titleRight, Optional<Boolean> dateRight, Optional<String> failure) {
  public HtmlPageResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(titleRight, "titleRight");
    Objects.requireNonNull(dateRight, "dateRight");
    Objects.requireNonNull(failure, "failure");
  }

  /** F1 of this page's precision and recall; 0 when both are 0. */
  public double f1() {
    double p = score.precision();
    double r = score.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
