package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.store.HistoryEntry;

/** Reads {@code event_history}: an event's changes, oldest first. */
final class HistoryRows {
  private static final String SELECT = "SELECT change, at, by_article,"
      + " coalesce(by_person, by_rule, '') AS by, details::text FROM event_history"
      + " WHERE event_id = ? ORDER BY at, id";

  private HistoryRows() {}

  static List<HistoryEntry> of(Connection c, long eventId) throws SQLException {
    List<HistoryEntry> entries = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long article = r.getLong("by_article");
          Optional<Long> byArticle = r.wasNull() ? Optional.empty() : Optional.of(article);
          entries.add(new HistoryEntry(r.getString("change"), r.getTimestamp("at").toInstant(),
              byArticle, r.getString("by"), r.getString("details")));
        }
      }
    }
    return entries;
  }
}
