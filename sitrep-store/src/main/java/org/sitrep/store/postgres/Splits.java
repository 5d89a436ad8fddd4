package org.sitrep.store.postgres;

import org.sitrep.export.EventRecordJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Event;

/**
 * Splitting a merged report off its event again ({@link org.sitrep.store.EventSplitter}), inside
 * one transaction: the report becomes an event of its own, made from the JSON its source row kept,
 * and the event it leaves is recounted from the reports that remain.
 */
final class Splits {
  private static final String SOURCE = "SELECT e.article_id, s.article_id IS NOT NULL AS is_source,"
      + " s.report::text FROM event e LEFT JOIN event_source s"
      + " ON s.event_id = e.id AND s.article_id = ? WHERE e.id = ?";

  private static final String REMOVE =
      "DELETE FROM event_source WHERE event_id = ? AND article_id = ?";

  private Splits() {}

  /** Splits the article's report off the event; returns the new event's id. */
  static long split(Connection c, long eventId, long articleId, String by, String reason)
      throws SQLException {
    // Locks in the order merging takes them, blocks first, then the row, so that a split and an
    // ingest never wait on each other in a cycle; then read again what the locks now protect.
    EventBlocks.lock(c, List.of(report(c, eventId, articleId)));
    Sources.lockEvent(c, eventId);
    Event report = report(c, eventId, articleId);
    try (PreparedStatement s = c.prepareStatement(REMOVE)) {
      s.setLong(1, eventId);
      s.setLong(2, articleId);
      s.executeUpdate();
    }
    long own = new EventRows(c, articleId).insertSplit(report);
    Sources.recount(c, eventId);
    Map<String, Object> left = new LinkedHashMap<>();
    left.put("article_id", articleId);
    left.put("new_event", own);
    left.put("reason", reason);
    Sources.history(c, eventId, "split", articleId, Optional.empty(), Optional.of(by), left);
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("from_event", eventId);
    made.put("event_id", report.eventId());
    made.put("reason", reason);
    Sources.history(c, own, "split", articleId, Optional.empty(), Optional.of(by), made);
    return own;
  }

  /** The report the article gave of the event, as it was merged. */
  private static Event report(Connection c, long eventId, long articleId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SOURCE)) {
      s.setLong(1, articleId);
      s.setLong(2, eventId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("there is no event " + eventId + " to split");
        }
        if (!r.getBoolean("is_source")) {
          throw new IllegalArgumentException("article " + articleId + " is not a report of event "
              + eventId + "; its history lists the articles merged into it");
        }
        String json = r.getString("report");
        if (json == null) {
          throw new IllegalArgumentException("article " + articleId + " is the report event "
              + eventId + " was first made from; split the other reports off it instead");
        }
        try {
          return EventRecordJson.read(json);
        } catch (IllegalArgumentException damaged) {
          // Written by this store: a report that does not read back is the store's fault.
          throw new SQLException("stored report of article " + articleId + " is damaged: "
              + damaged.getMessage(), damaged);
        }
      }
    }
  }
}
