package org.sitrep.store.postgres;

import org.sitrep.export.EventRecordJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.merge.Decision;
import org.sitrep.merge.MergedCounts;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/**
 * The reports of one event ({@code event_source}), the counts they make together, and the history
 * entries that say how they came together. Used inside a transaction that holds the event's row
 * lock ({@link #lockEvent}), so that two changes to one event's reports never interleave.
 */
final class Sources {
  private static final String ADD = "INSERT INTO event_source (event_id, article_id, fatalities,"
      + " injured, captured, report, score, reason) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)";

  private static final String COUNTS =
      "SELECT fatalities, injured, captured FROM event_source WHERE event_id = ?";

  /** A count a person corrected wins over the reports' ({@link Corrections}). */
  private static final String RECOUNT = "UPDATE event SET"
      + " fatalities = coalesce(corrected_fatalities, ?),"
      + " injured = coalesce(corrected_injured, ?),"
      + " captured = coalesce(corrected_captured, ?), updated_at = now() WHERE id = ?";

  private static final String HISTORY = "INSERT INTO event_history (event_id, change, by_article,"
      + " by_rule, by_person, details) VALUES (?, ?, ?, ?, ?, ?::jsonb)";

  /** A source that is not the article the event was made from is a merged report. */
  private static final String MERGED_INTO = "SELECT s.event_id FROM event_source s"
      + " JOIN event e ON e.id = s.event_id WHERE s.article_id = ? AND e.article_id <> ?"
      + " ORDER BY s.event_id";

  private Sources() {}

  /** The events of other articles that the article's reports joined. */
  static List<Long> mergedInto(Connection c, long articleId) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(MERGED_INTO)) {
      s.setLong(1, articleId);
      s.setLong(2, articleId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  /** Locks the event's row until the transaction ends; false when there is no such event. */
  static boolean lockEvent(Connection c, long eventId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM event WHERE id = ? FOR UPDATE")) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Adds the article's report as a source of the event, as the decision joined it. */
  static void addMerged(Connection c, long eventId, long articleId, Event report, Decision d)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(ADD)) {
      s.setLong(1, eventId);
      s.setLong(2, articleId);
      s.setInt(3, report.fatalities());
      s.setInt(4, report.injured());
      s.setInt(5, report.captured());
      s.setString(6, EventRecordJson.write(report));
      s.setDouble(7, d.score());
      s.setString(8, d.reason());
      s.executeUpdate();
    }
  }

  /**
   * Sets the event's counts to {@link MergedCounts} of its reports' own counts, except those a
   * person corrected, which stay as corrected.
   */
  static void recount(Connection c, long eventId) throws SQLException {
    List<Event> reports = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(COUNTS)) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reports.add(counting(r.getInt(1), r.getInt(2), r.getInt(3)));
        }
      }
    }
    MergedCounts counts = MergedCounts.of(reports);
    try (PreparedStatement s = c.prepareStatement(RECOUNT)) {
      s.setInt(1, counts.fatalities());
      s.setInt(2, counts.injured());
      s.setInt(3, counts.captured());
      s.setLong(4, eventId);
      s.executeUpdate();
    }
  }

  /**
   * Records a change to the event.
   *
   * @param rule the rule that made it, else empty
   * @param person the person who made it, else empty
   */
  static void history(Connection c, long eventId, String change, long byArticle,
      Optional<String> rule, Optional<String> person, Map<String, Object> details)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(HISTORY)) {
      s.setLong(1, eventId);
      s.setString(2, change);
      s.setLong(3, byArticle);
      Sql.text(s, 4, rule);
      Sql.text(s, 5, person);
      s.setString(6, Json.object(details));
      s.executeUpdate();
    }
  }

  /**
   * A report reduced to its counts: {@link MergedCounts} reads nothing else, and the event row
   * no longer holds its first report's own counts once another report has joined it.
   */
  private static Event counting(int fatalities, int injured, int captured) {
    return new Event("", "", Optional.empty(), TimePrecision.DAY, SubEventType.OTHER,
        Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(),
        GeoPrecision.EXACT, "", "", fatalities, injured, captured, "", "", Modality.ASSERTED, 0,
        List.of());
  }
}
