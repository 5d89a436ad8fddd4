package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.merge.CrossReports;
import org.sitrep.merge.Decision;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * Merging on store: a new report that {@link CrossReports} finds to be another article's event told
 * again becomes a source of that event rather than an event of its own. Used inside the article's
 * transaction, after {@link EventBlocks#lock} has locked the blocks of all its events.
 */
final class Merges {
  /** The rule named in the history of a merge. */
  static final String RULE = "cross-reports";

  private final Connection c;
  private final long articleId;

  Merges(Connection c, long articleId) {
    this.c = c;
    this.articleId = articleId;
  }

  /**
   * Joins the report to the stored event of another article it best matches, if any matches: adds
   * the source, recomputes the counts and records a "merged" entry. Returns the event's id, or
   * empty when the report is an event of its own and must be inserted.
   */
  Optional<Long> merge(Event report) throws SQLException {
    Optional<Match> best = best(report);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    long eventId = best.get().eventId();
    Decision d = best.get().decision();
    // The row lock orders this merge with a split of the same event by a person.
    if (!Sources.lockEvent(c, eventId)) {
      return Optional.empty();
    }
    Sources.addMerged(c, eventId, articleId, report, d);
    Sources.recount(c, eventId);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("article_id", articleId);
    details.put("event_id", report.eventId());
    details.put("score", d.score());
    details.put("reason", d.reason());
    Sources.history(c, eventId, "merged", articleId, Optional.of(RULE), Optional.empty(),
        details);
    return Optional.of(eventId);
  }

  private record Match(long eventId, Decision decision) {}

  /** The best-scoring stored event the decision finds the same; the earliest one on a tie. */
  private Optional<Match> best(Event report) throws SQLException {
    Match best = null;
    List<Long> candidates = EventBlocks.candidates(c, report, articleId);
    for (StoredEvent stored : new EventReader(c).read(candidates)) {
      Decision d = CrossReports.decide(stored.event(), report);
      if (d.same() && (best == null || d.score() > best.decision().score())) {
        best = new Match(stored.id(), d);
      }
    }
    return Optional.ofNullable(best);
  }
}
