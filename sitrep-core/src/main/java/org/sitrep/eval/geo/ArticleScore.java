package org.sitrep.eval.geo;

import java.util.List;

/**
 * One article's part of a geocoding evaluation.
 *
 * @param results the scored gold toponyms that were resolved: all geocoded ones with gold spans,
 *     the ones a detected toponym overlaps without
 * @param geocodedGold the article's gold toponyms that have coordinates
 * @param detected toponyms detected (0 with gold spans)
 * @param detectedOnGold detected toponyms that overlap a gold annotation naming a place
 */
public record ArticleScore(
    List<ToponymResult> results, int geocodedGold, int detected, int detectedOnGold) {
  public ArticleScore {
    results = List.copyOf(results);
  }
}
