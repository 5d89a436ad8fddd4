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

  /** The last part of the block of every dated event of a country and family. */
  static final String DATED = "dated";

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

  /**
   * The blocks the event is written in: a dated event in the weeks of {@link EventBlock#keys} and
   * in its country and family's {@code …|dated} block, where undated reports look for it; an
   * undated event in its {@code …|undated} block.
   *
   * <p>Why not {@link EventBlock#keys} as it is: it puts every event in its country and family's
   * undated block too, so that block grew with the store (some 1,200 events of the benchmark's
   * 100,000) and every new report read all of it back as candidates, making the n-th article
   * cost O(n). A dated report is joined to another dated one only within its days'
   * weeks, so only undated reports need the whole country and family; they find it in
   * {@code …|dated}.
   */
  static List<String> written(Event e) {
    List<EventBlock> keys = EventBlock.keys(e);
    if (e.eventDate().isEmpty()) {
      return List.of(undated(keys).key());
    }
    List<String> out = new ArrayList<>(weeks(keys));
    out.add(dated(undated(keys)));
    return out;
  }

  /**
   * The blocks a new report looks for candidates in: a dated one its weeks and the undated
   * reports of its country and family; an undated one all of its country and family.
   */
  static List<String> lookedUp(Event e) {
    List<EventBlock> keys = EventBlock.keys(e);
    EventBlock undated = undated(keys);
    List<String> out = new ArrayList<>(weeks(keys));
    out.add(undated.key());
    if (e.eventDate().isEmpty()) {
      out.add(dated(undated));
    }
    return out;
  }

  private static List<String> weeks(List<EventBlock> keys) {
    return keys.stream().filter(b -> b.week() != 0).map(EventBlock::key).distinct().toList();
  }

  /** {@link EventBlock#keys} ends with the event's undated block, dated or not. */
  private static EventBlock undated(List<EventBlock> keys) {
    return keys.stream().filter(b -> b.week() == 0).findFirst()
        .orElseThrow(() -> new IllegalStateException("EventBlock.keys gave no undated block"));
  }

  /** "SYR|Political violence|dated": every dated event of the undated block's country, family. */
  private static String dated(EventBlock undated) {
    return undated.iso3() + "|" + undated.family() + "|" + DATED;
  }

  static void write(Connection c, long eventId, Event e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (String key : written(e)) {
        s.setLong(1, eventId);
        s.setString(2, key);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Locks every block the events are written in or look up until the transaction ends; waits for
   * other holders. Two reports that could be one event share one of these: a dated pair a week,
   * a pair with an undated report the {@code …|undated} block.
   */
  static void lock(Connection c, Collection<Event> events) throws SQLException {
    List<Integer> hashes = events.stream()
        .flatMap(e -> java.util.stream.Stream.concat(written(e).stream(), lookedUp(e).stream()))
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
      s.setArray(1, c.createArrayOf("text", lookedUp(e).toArray()));
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
