package org.sitrep.store.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventConsumer;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;
import org.sitrep.store.Page;
import org.sitrep.store.StoredEvent;

/**
 * The SQL of {@link org.sitrep.store.EventQuery#search}. The statement is put together only from
 * the fixed fragments below, one per filter given; every value a user typed goes in as a
 * parameter, never into the text. The page's ids and the total are read in one read-only
 * snapshot, so that they agree while articles are being stored.
 *
 * <p>The total is counted up to {@link #COUNT_CAP} events (or to the page's end, if further), not
 * beyond: counting every event that passes a wide filter reads all of them, for every page of
 * 100. Beyond the cap the total says "at least" ({@link Page#totalExact}).
 */
final class EventSearch {
  /** Events counted beyond which a page's total is a lower bound; see docs/api.md. */
  static final int COUNT_CAP = 1_000;

  /** Rows {@link #each} fetches a round trip, and events whose evidence it reads in one query. */
  static final int FETCH = 500;

  /** A value for one {@code ?}. */
  private interface Value {
    void set(PreparedStatement s, int index) throws SQLException;
  }

  /** Full text over notes and evidence: {@code search_text} and its index are made in V6. */
  private static final String TEXT = "e.search_text @@ websearch_to_tsquery('english', ?)";

  /**
   * The actors whose name has the words, any case: the actor table lists each name once (V7), a
   * few hundred or thousand rows where the events repeat them 100,000 times. Its names are the
   * events' {@code actor1} and {@code actor2} as stored, so the events of these ids are the events
   * whose names have the words, as lower(actor) LIKE lower(words) found them on every event.
   */
  private static final String ACTORS_NAMED =
      "SELECT id FROM actor WHERE lower(name) LIKE lower(?) ESCAPE '\\'";

  /**
   * Either actor is one of those found. Two integers, which the index the default sort walks
   * carries (V8): a page is read from the index alone, without fetching a row to test a name.
   */
  private static final String ACTOR = "(e.actor1_id = ANY(?) OR e.actor2_id = ANY(?))";

  private final StringBuilder where = new StringBuilder();
  private final List<Value> values = new ArrayList<>();

  /** The filter's SQL; {@code actors}: the ids of the actors it names, if it names some. */
  private EventSearch(EventFilter f, List<Long> actors) {
    f.from().ifPresent(d -> add("e.event_date >= ?", date(d)));
    f.to().ifPresent(d -> add("e.event_date <= ?", date(d)));
    f.bbox().ifPresent(this::bbox);
    // country_lower is lower(country), stored (V6): no lower() on every row the search reads.
    f.country().ifPresent(c -> add("(e.iso3 = upper(?) OR e.country_lower = lower(?))",
        text(c), text(c)));
    f.actor().ifPresent(a -> add(ACTOR, ids(actors), ids(actors)));
    f.eventType().ifPresent(t -> add("e.event_type = ?", text(t.label())));
    f.subEventType().ifPresent(t -> add("e.sub_event_type = ?", text(t.label())));
    f.text().ifPresent(q -> add(TEXT, text(q)));
    f.updatedSince().ifPresent(t -> add("e.updated_at >= ?", instant(t)));
    if (!f.includeRejected()) {
      add("NOT e.rejected");
    }
  }

  /** One page of the events that pass {@code filter}, on the connection {@code c}. */
  static Page<StoredEvent> run(Connection c, EventFilter filter) throws SQLException {
    return run(c, filter, COUNT_CAP);
  }

  /**
   * As {@link #run(Connection, EventFilter)}, counting at most {@code max(countCap, offset +
   * limit) + 1} events: when that many pass, the total is that number, marked not exact.
   */
  static Page<StoredEvent> run(Connection c, EventFilter filter, int countCap)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      Optional<EventSearch> found = begin(c, filter);
      if (found.isEmpty()) {
        c.commit();
        return new Page<>(List.of(), 0, filter.limit(), filter.offset(), true);
      }
      EventSearch search = found.get();
      List<Long> ids = search.ids(c, filter);
      long total;
      boolean exact = true;
      if (filter.offset() == 0 && ids.size() < filter.limit()) {
        // A short first page is the whole result: no need to count.
        total = ids.size();
      } else {
        long bound = Math.max(countCap, (long) filter.offset() + filter.limit()) + 1;
        total = search.count(c, bound);
        exact = total < bound;
      }
      List<StoredEvent> events = new EventReader(c).read(ids);
      c.commit();
      return new Page<>(events, total, filter.limit(), filter.offset(), exact);
    } finally {
      // Nothing to undo after the commit; leaves the connection as it came to the pool.
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  /**
   * {@link org.sitrep.store.EventQuery#each}: every event that passes {@code filter}, offset and
   * limit aside, in its order, from one query in one read-only snapshot. PostgreSQL's driver
   * reads a result through a cursor, {@link #FETCH} rows a round trip, only with autocommit off
   * and a fetch size; otherwise it would hold every row in memory before the first is given.
   */
  static void each(Connection c, EventFilter filter, EventConsumer each)
      throws SQLException, IOException {
    c.setAutoCommit(false);
    try {
      Optional<EventSearch> found = begin(c, filter);
      if (found.isPresent()) {
        EventSearch search = found.get();
        try (PreparedStatement s = c.prepareStatement(
            EventReader.SELECT + search.where + " ORDER BY " + order(filter.sort()))) {
          s.setFetchSize(FETCH);
          search.bind(s);
          new EventReader(c).each(s, FETCH, each);
        }
      }
      c.commit();
    } finally {
      // Also closes the cursor when the consumer failed halfway.
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  /**
   * Starts the read-only snapshot on {@code c}, autocommit being off, and makes the filter's SQL;
   * empty when the filter names actors and no actor has the words, so no event passes.
   */
  private static Optional<EventSearch> begin(Connection c, EventFilter filter)
      throws SQLException {
    // The transaction's first statement: one round trip, none to set and reset the session.
    try (Statement s = c.createStatement()) {
      s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    List<Long> actors = filter.actor().isPresent()
        ? actorsNamed(c, filter.actor().get()) : List.of();
    if (filter.actor().isPresent() && actors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EventSearch(filter, actors));
  }

  /** The ids of the actors whose name has {@code words}, in the transaction's snapshot. */
  private static List<Long> actorsNamed(Connection c, String words) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(ACTORS_NAMED)) {
      s.setString(1, contains(words));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private List<Long> ids(Connection c, EventFilter f) throws SQLException {
    String sql = "SELECT e.id FROM event e" + where + " ORDER BY " + order(f.sort())
        + " LIMIT ? OFFSET ?";
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = bind(s);
      s.setInt(++i, f.limit());
      s.setInt(++i, f.offset());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  /** How many events pass, counting no further than {@code bound}. */
  private long count(Connection c, long bound) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT count(*) FROM (SELECT 1 FROM event e" + where + " LIMIT ?) passing")) {
      int i = bind(s);
      s.setLong(++i, bound);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Sets every filter's values; returns the index of the last one set. */
  private int bind(PreparedStatement s) throws SQLException {
    int i = 0;
    for (Value v : values) {
      v.set(s, ++i);
    }
    return i;
  }

  /** Ties broken by id in the same direction: pages neither repeat nor skip an event. */
  private static String order(EventSort sort) {
    switch (sort) {
      case EVENT_DATE_DESC:
        return "e.event_date DESC NULLS LAST, e.id DESC";
      case EVENT_DATE:
        return "e.event_date ASC NULLS LAST, e.id ASC";
      case FATALITIES_DESC:
        return "e.fatalities DESC, e.id DESC";
      case FATALITIES:
        return "e.fatalities ASC, e.id ASC";
      case UPDATED_AT_DESC:
        return "e.updated_at DESC, e.id DESC";
      case UPDATED_AT:
        return "e.updated_at ASC, e.id ASC";
      default:
        throw new AssertionError(sort);
    }
  }

  private void bbox(BoundingBox b) {
    add("e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?", number(b.minLon()),
        number(b.maxLon()), number(b.minLat()), number(b.maxLat()));
  }

  private void add(String condition, Value... given) {
    where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    values.addAll(List.of(given));
  }

  /** A LIKE pattern that finds {@code words} anywhere, their own % and _ taken literally. */
  static String contains(String words) {
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** A bigint[]: as a value, not in the text, so each search is planned for its own ids. */
  private static Value ids(List<Long> values) {
    return (s, i) -> s.setArray(i, s.getConnection().createArrayOf("bigint", values.toArray()));
  }

  private static Value text(String value) {
    return (s, i) -> s.setString(i, value);
  }

  private static Value number(double value) {
    return (s, i) -> s.setDouble(i, value);
  }

  private static Value instant(java.time.Instant value) {
    // As an offset date-time, so that the driver sends it as timestamptz, in no local zone.
    return (s, i) -> s.setObject(i, value.atOffset(java.time.ZoneOffset.UTC));
  }

  private static Value date(java.time.LocalDate value) {
    return (s, i) -> s.setDate(i, Date.valueOf(value));
  }
}
