package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sitrep.merge.EventBlock;
import org.sitrep.model.Event;

/**
 * The {@code event_block} table: which events a new report need be compared with, and the locks
 * that keep two transactions from missing each other's reports of one event.
 *
 * <p>Why locks: two articles that report one event, stored at once by two processes, each look for
 * the other's event before either has committed it, and each would store an event of its own.
 * Row locks cannot help, since the row to lock does not exist yet. So a transaction first takes a
 * transaction-scoped advisory lock on every block its events may be joined in; two reports that
 * could be one event share a block (that is how they find each other), so the second waits until
 * the first commits, and then sees its event. Locks are taken in ascending order of their keys, so
 * two transactions never wait on each other in a cycle.
 */
final class EventBlocks {
  /** The first half of each advisory lock's key: Sitrep's blocks, apart from Flyway's lock. */
  private static final int LOCK_SPACE = 0x53524250;

  private static final String INSERT =
      "INSERT INTO event_block (event_id, block) VALUES (?, ?) ON CONFLICT DO NOTHING";

  private static final String LOCK = "SELECT pg_advisory_xact_lock(?, ?)";

  /**
   * Events of other articles, in the blocks, that the article has not reported already (an event
   * the article is a source of is never joined again by another of its reports).
   */
  private static final String CANDIDATES = "SELECT DISTINCT b.event_id FROM event_block b"
      + " WHERE b.block = ANY (?) AND NOT EXISTS (SELECT 1 FROM event_source s"
      + " WHERE s.event_id = b.event_id AND s.article_id = ?) ORDER BY b.event_id";

  private EventBlocks() {}

  /** The keys of every block the event may be joined in, see {@link EventBlock#keys}. */
  static List<String> keys(Event e) {
    return EventBlock.keys(e).stream().map(EventBlock::key).distinct().toList();
  }

  static void write(Connection c, long eventId, Event e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (String key : keys(e)) {
        s.setLong(1, eventId);
        s.setString(2, key);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Locks every block of the events until the transaction ends; waits for other holders. */
  static void lock(Connection c, Collection<Event> events) throws SQLException {
    List<Integer> hashes = events.stream().flatMap(e -> keys(e).stream())
        .map(String::hashCode).distinct().sorted().toList();
    try (PreparedStatement s = c.prepareStatement(LOCK)) {
      for (int hash : hashes) {
        s.setInt(1, LOCK_SPACE);
        s.setInt(2, hash);
        s.executeQuery().close();
      }
    }
  }

  /** The ids of the stored events the article's report {@code e} may be another report of. */
  static List<Long> candidates(Connection c, Event e, long articleId) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(CANDIDATES)) {
      s.setArray(1, c.createArrayOf("text", keys(e).toArray()));
      s.setLong(2, articleId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }
}
