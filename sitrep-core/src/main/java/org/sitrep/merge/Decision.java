package org.sitrep.merge;

import java.util.Objects;

/**
 * Whether two reports from different articles tell one event, as {@link CrossReports#decide}
 * judged it.
 *
 * @param same true when the two are one event and a store should keep one record
 * @param score how sure the decision is that they are one event, 0-1; {@code same} is this score
 *     at or above {@link CrossReports#THRESHOLD}
 * @param reason one line of what agreed and what did not, e.g. "same sub-event type; actors agree
 *     (Military Forces of Mali); dates 2024-02-05/2024-02-06 within a day; places 3.2 km apart"
 */
public record Decision(boolean same, double score, String reason) {
  public Decision {
    Objects.requireNonNull(reason, "reason");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be within 0-1, was " + score);
    }
  }
}
