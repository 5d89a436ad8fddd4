package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

/**
 * Writes one article's events: each event row, its source row (the article, with the event's own
 * counts), its evidence, its blocks and its "created" history entry. Used inside the article's
 * transaction, on its connection.
 */
final class EventRows {
  private static final String INSERT_EVENT = "INSERT INTO event (event_id, article_id,"
      + " event_date, time_precision, event_type, sub_event_type,"
      + " actor1, inter1, actor1_cameo, actor1_iso3, actor1_generic, assoc_actor_1,"
      + " actor2, inter2, actor2_cameo, actor2_iso3, actor2_generic, assoc_actor_2,"
      + " geoname_id, location, feature_code, country, iso3, admin1, admin2, latitude, longitude,"
      + " population, geo_precision, source, notes, fatalities, injured, captured, cameo, plover,"
      + " modality, confidence, evidence_text)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb,"
      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

  private static final String INSERT_SOURCE = "INSERT INTO event_source (event_id, article_id,"
      + " fatalities, injured, captured) VALUES (?, ?, ?, ?, ?)";

  private static final String INSERT_EVIDENCE = "INSERT INTO evidence (event_id, article_id,"
      + " ordinal, field, text, start_offset, end_offset, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection c;
  private final long articleId;

  EventRows(Connection c, long articleId) {
    this.c = c;
    this.articleId = articleId;
  }

  /** Inserts the event and what belongs to it; returns the store's id of the event. */
  long insert(Event e) throws SQLException {
    long id = insertSplit(e);
    history(id, e);
    return id;
  }

  /**
   * Inserts the event and what belongs to it but its "created" entry: for a report split off an
   * event, whose history says so instead.
   */
  long insertSplit(Event e) throws SQLException {
    long id;
    try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
      int i = 0;
      s.setString(++i, e.eventId());
      s.setLong(++i, articleId);
      Sql.date(s, ++i, e.eventDate());
      s.setInt(++i, e.timePrecision().code());
      s.setString(++i, e.eventType().label());
      s.setString(++i, e.subEventType().label());
      i = actor(s, i, e.actor1(), e.assocActor1());
      i = actor(s, i, e.actor2(), e.assocActor2());
      i = place(s, i, e.place());
      s.setInt(++i, e.geoPrecision().code());
      s.setString(++i, e.source());
      s.setString(++i, e.notes());
      s.setInt(++i, e.fatalities());
      s.setInt(++i, e.injured());
      s.setInt(++i, e.captured());
      s.setString(++i, e.cameo());
      s.setString(++i, e.plover());
      s.setString(++i, e.modality().name().toLowerCase(Locale.ROOT));
      s.setDouble(++i, e.confidence());
      s.setString(++i, e.evidence().stream().map(Evidence::text)
          .collect(Collectors.joining(" ")));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        id = r.getLong(1);
      }
    }
    source(id, e);
    evidence(id, e.evidence());
    EventBlocks.write(c, id, e);
    return id;
  }

  static int actor(PreparedStatement s, int i, Optional<Actor> actor, List<Actor> assoc)
      throws SQLException {
    Sql.text(s, ++i, actor.map(Actor::name));
    s.setInt(++i, actor.map(Actor::inter).orElse(0));
    Sql.text(s, ++i, actor.map(Actor::cameo));
    Sql.text(s, ++i, actor.map(Actor::iso3));
    if (actor.isPresent()) {
      s.setBoolean(++i, actor.get().generic());
    } else {
      s.setNull(++i, Types.BOOLEAN);
    }
    s.setString(++i, Json.write(assoc));
    return i;
  }

  static int place(PreparedStatement s, int i, Optional<Place> place)
      throws SQLException {
    if (place.isEmpty()) {
      for (int n = 0; n < 10; n++) {
        s.setNull(++i, Types.NULL);
      }
      return i;
    }
    Place p = place.get();
    s.setLong(++i, p.geonameId());
    s.setString(++i, p.name());
    s.setString(++i, p.featureCode());
    s.setString(++i, p.country());
    s.setString(++i, p.iso3());
    s.setString(++i, p.admin1());
    s.setString(++i, p.admin2());
    s.setDouble(++i, p.latitude());
    s.setDouble(++i, p.longitude());
    s.setLong(++i, p.population());
    return i;
  }

  private void source(long eventId, Event e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT_SOURCE)) {
      s.setLong(1, eventId);
      s.setLong(2, articleId);
      s.setInt(3, e.fatalities());
      s.setInt(4, e.injured());
      s.setInt(5, e.captured());
      s.executeUpdate();
    }
  }

  private void evidence(long eventId, List<Evidence> evidence) throws SQLException {
    if (evidence.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_EVIDENCE)) {
      int ordinal = 0;
      for (Evidence e : evidence) {
        s.setLong(1, eventId);
        s.setLong(2, articleId);
        s.setInt(3, ordinal++);
        s.setString(4, e.field());
        s.setString(5, e.text());
        s.setInt(6, e.start());
        s.setInt(7, e.end());
        s.setString(8, e.note());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void history(long eventId, Event e) throws SQLException {
    Sources.history(c, eventId, "created", articleId, Optional.of("extraction"), Optional.empty(),
        java.util.Map.of("event_id", e.eventId()));
  }
}
