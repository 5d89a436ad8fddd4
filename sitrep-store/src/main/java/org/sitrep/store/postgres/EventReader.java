package org.sitrep.store.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.store.EventConsumer;
import org.sitrep.store.StoredEvent;

/** Reads events back as the {@link Event} records they were stored from. */
final class EventReader {
  /** The columns {@link #each} reads; a WHERE or ORDER BY of the table {@code e} may follow. */
  static final String SELECT = "SELECT e.*, a.input_id FROM event e"
      + " JOIN article a ON a.id = e.article_id ";

  static final String BY_ARTICLE = SELECT + "WHERE e.article_id = ? ORDER BY e.id";
  static final String BY_ID = SELECT + "WHERE e.id = ?";
  private static final String BY_IDS = SELECT + "WHERE e.id = ANY (?) ORDER BY e.id";

  private static final String EVIDENCE = "SELECT event_id, field, text, start_offset, end_offset,"
      + " note FROM evidence WHERE event_id = ANY (?) ORDER BY event_id, ordinal";

  private final Connection c;

  EventReader(Connection c) {
    this.c = c;
  }

  /** The events {@code select} finds with {@code key}, each with its evidence. */
  List<StoredEvent> read(String select, long key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setLong(1, key);
      return read(s);
    }
  }

  /** The events with these ids, in the order of {@code ids}; ids of no event are left out. */
  List<StoredEvent> read(List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<StoredEvent> events;
    try (PreparedStatement s = c.prepareStatement(BY_IDS)) {
      s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      events = read(s);
    }
    Map<Long, StoredEvent> byId = new HashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  private List<StoredEvent> read(PreparedStatement s) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(row(r));
      }
    }
    return withEvidence(rows);
  }

  /**
   * Gives {@code each} the events of {@code s}, a {@link #SELECT}, in its order, {@code chunk}
   * rows at a time, each chunk's evidence read in one query as {@link #read(List)} reads a page's.
   * The rows come from a cursor when the connection is in a transaction and {@code s} has a
   * fetch size: no more than a chunk is held at once.
   */
  void each(PreparedStatement s, int chunk, EventConsumer each) throws SQLException, IOException {
    List<Row> rows = new ArrayList<>(chunk);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(row(r));
        if (rows.size() == chunk) {
          give(rows, each);
        }
      }
    }
    give(rows, each);
  }

  private void give(List<Row> rows, EventConsumer each) throws SQLException, IOException {
    for (StoredEvent e : withEvidence(rows)) {
      each.accept(e);
    }
    rows.clear();
  }

  private List<StoredEvent> withEvidence(List<Row> rows) throws SQLException {
    Map<Long, List<Evidence>> evidence = evidence(rows.stream().map(Row::id).toList());
    return rows.stream().map(row -> new StoredEvent(row.id(), row.articleId(),
        row.event().withEvidence(evidence.getOrDefault(row.id(), List.of())), row.rejected(),
        Optional.of(row.updatedAt())))
        .toList();
  }

  private record Row(long id, long articleId, Event event, boolean rejected, Instant updatedAt) {}

  private static Row row(ResultSet r) throws SQLException {
    Event event = new Event(r.getString("event_id"), r.getString("input_id"),
        Sql.date(r, "event_date"), timePrecision(r.getInt("time_precision")),
        subEventType(r.getString("sub_event_type")),
        actor(r, "actor1", "inter1"), Json.actors(r.getString("assoc_actor_1")),
        actor(r, "actor2", "inter2"), Json.actors(r.getString("assoc_actor_2")),
        place(r), geoPrecision(r.getInt("geo_precision")), r.getString("source"),
        r.getString("notes"), r.getInt("fatalities"), r.getInt("injured"),
        r.getInt("captured"), r.getString("cameo"), r.getString("plover"),
        Modality.valueOf(r.getString("modality").toUpperCase(Locale.ROOT)),
        r.getDouble("confidence"), List.of());
    return new Row(r.getLong("id"), r.getLong("article_id"), event, r.getBoolean("rejected"),
        r.getTimestamp("updated_at").toInstant());
  }

  private static Optional<Actor> actor(ResultSet r, String name, String inter)
      throws SQLException {
    String actor = r.getString(name);
    if (actor == null) {
      return Optional.empty();
    }
    return Optional.of(new Actor(actor, r.getInt(inter), r.getString(name + "_cameo"),
        r.getString(name + "_iso3"), r.getBoolean(name + "_generic")));
  }

  private static Optional<Place> place(ResultSet r) throws SQLException {
    String location = r.getString("location");
    if (location == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(r.getLong("geoname_id"), location, r.getDouble("latitude"),
        r.getDouble("longitude"), r.getString("feature_code"), r.getString("country"),
        r.getString("iso3"), r.getString("admin1"), r.getString("admin2"),
        r.getLong("population")));
  }

  private Map<Long, List<Evidence>> evidence(List<Long> eventIds) throws SQLException {
    Map<Long, List<Evidence>> byEvent = new HashMap<>();
    if (eventIds.isEmpty()) {
      return byEvent;
    }
    try (PreparedStatement s = c.prepareStatement(EVIDENCE)) {
      s.setArray(1, c.createArrayOf("bigint", eventIds.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          byEvent.computeIfAbsent(r.getLong("event_id"), k -> new ArrayList<>())
              .add(new Evidence(r.getString("field"), r.getString("text"),
                  r.getInt("start_offset"), r.getInt("end_offset"), r.getString("note")));
        }
      }
    }
    return byEvent;
  }

  private static TimePrecision timePrecision(int code) throws SQLException {
    return Arrays.stream(TimePrecision.values()).filter(t -> t.code() == code).findFirst()
        .orElseThrow(() -> new SQLException("unknown time_precision " + code));
  }

  private static GeoPrecision geoPrecision(int code) throws SQLException {
    return Arrays.stream(GeoPrecision.values()).filter(g -> g.code() == code).findFirst()
        .orElseThrow(() -> new SQLException("unknown geo_precision " + code));
  }

  private static SubEventType subEventType(String label) throws SQLException {
    return SubEventType.fromLabel(label)
        .orElseThrow(() -> new SQLException("unknown sub_event_type '" + label + "'"));
  }
}
