package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.store.Correction;
import org.sitrep.store.InvalidCorrectionException;
import org.sitrep.store.StoredEvent;

/**
 * A person's correction of an event ({@link org.sitrep.store.EventReview}), inside one
 * transaction: the event row is rewritten with the corrected values, a corrected count is also
 * kept in {@code corrected_*} so that recounting after a merge or split keeps it ({@link
 * Sources#recount}), the event's blocks follow its new country, type and date, and one history
 * entry records the old and new values, who and why.
 */
final class Corrections {
  private static final String UPDATE = "UPDATE event SET event_date = ?, time_precision = ?,"
      + " event_type = ?, sub_event_type = ?,"
      + " actor1 = ?, inter1 = ?, actor1_cameo = ?, actor1_iso3 = ?, actor1_generic = ?,"
      + " assoc_actor_1 = ?::jsonb,"
      + " actor2 = ?, inter2 = ?, actor2_cameo = ?, actor2_iso3 = ?, actor2_generic = ?,"
      + " assoc_actor_2 = ?::jsonb,"
      + " geoname_id = ?, location = ?, feature_code = ?, country = ?, iso3 = ?, admin1 = ?,"
      + " admin2 = ?, latitude = ?, longitude = ?, population = ?,"
      + " fatalities = ?, injured = ?, captured = ?,"
      + " corrected_fatalities = coalesce(?, corrected_fatalities),"
      + " corrected_injured = coalesce(?, corrected_injured),"
      + " corrected_captured = coalesce(?, corrected_captured),"
      + " rejected = ?, updated_at = now() WHERE id = ?";

  private static final String HISTORY = "INSERT INTO event_history (event_id, change, by_person,"
      + " details) VALUES (?, ?, ?, ?::jsonb)";

  private Corrections() {}

  /** Corrects the event; empty when there is no such event. */
  static Optional<StoredEvent> correct(Connection c, long eventId, Correction fix, String by,
      String reason) throws SQLException {
    Optional<StoredEvent> before = read(c, eventId);
    if (before.isEmpty()) {
      return before;
    }
    // Locks in the order merging takes them, blocks (old and new) first, then the row; then reads
    // again what the locks now protect.
    EventBlocks.lock(c, List.of(before.get().event(), apply(before.get().event(), fix)));
    if (!Sources.lockEvent(c, eventId)) {
      return Optional.empty();
    }
    StoredEvent old = read(c, eventId).orElseThrow();
    Event now = apply(old.event(), fix);
    boolean rejected = fix.notAnEvent().orElse(old.rejected());
    update(c, eventId, now, fix, rejected);
    try (PreparedStatement s = c.prepareStatement("DELETE FROM event_block WHERE event_id = ?")) {
      s.setLong(1, eventId);
      s.executeUpdate();
    }
    EventBlocks.write(c, eventId, now);
    history(c, eventId, fix, old, rejected, by, reason);
    return read(c, eventId);
  }

  private static Optional<StoredEvent> read(Connection c, long eventId) throws SQLException {
    return new EventReader(c).read(EventReader.BY_ID, eventId).stream().findFirst();
  }

  /** The event with the correction's values in place of its own. */
  static Event apply(Event e, Correction fix) {
    return new Event(e.eventId(), e.article(), fix.eventDate().or(e::eventDate),
        fix.timePrecision().orElse(e.timePrecision()), fix.subEventType().orElse(e.subEventType()),
        actor(e.actor1(), fix.actor1(), e.inter1()), e.assocActor1(),
        actor(e.actor2(), fix.actor2(), e.inter2()), e.assocActor2(),
        place(e.place(), fix), e.geoPrecision(), e.source(), e.notes(),
        fix.fatalities().orElse(e.fatalities()), fix.injured().orElse(e.injured()),
        fix.captured().orElse(e.captured()), e.cameo(), e.plover(), e.modality(),
        e.confidence(), e.evidence());
  }

  /** A renamed actor keeps its inter code; its CAMEO and ISO codes were the old name's. */
  private static Optional<Actor> actor(Optional<Actor> old, Optional<String> name, int inter) {
    if (name.isEmpty() || old.isPresent() && old.get().name().equals(name.get())) {
      return old;
    }
    return Optional.of(new Actor(name.get(), inter, "", "", false));
  }

  /**
   * The corrected place. A new name or position is no longer the gazetteer's entry: its GeoNames
   * id, feature code, admin names and population are dropped. A new country takes its ISO code
   * from the JDK's list of countries, else none.
   */
  private static Optional<Place> place(Optional<Place> old, Correction fix) {
    if (fix.location().isEmpty() && fix.country().isEmpty() && fix.latitude().isEmpty()) {
      return old;
    }
    if (old.isEmpty() && (fix.location().isEmpty() || fix.latitude().isEmpty())) {
      throw new InvalidCorrectionException(fix.location().isEmpty() ? "location" : "latitude",
          "the event has no place: give location, latitude and longitude together");
    }
    boolean moved = fix.location().isPresent() || fix.latitude().isPresent();
    Place p = old.orElse(null);
    String name = fix.location().orElseGet(() -> p.name());
    double lat = fix.latitude().orElseGet(() -> p.latitude());
    double lon = fix.longitude().orElseGet(() -> p.longitude());
    String country = fix.country().orElse(p == null ? "" : p.country());
    String iso3 = fix.country().map(Corrections::iso3).orElse(p == null ? "" : p.iso3());
    if (!moved) {
      return Optional.of(new Place(p.geonameId(), name, lat, lon, p.featureCode(), country, iso3,
          p.admin1(), p.admin2(), p.population()));
    }
    return Optional.of(new Place(0, name, lat, lon, "", country, iso3, "", "", 0));
  }

  /** The ISO 3166-1 alpha-3 code of a country's English name or code, else "". */
  static String iso3(String country) {
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(iso2).build();
      try {
        if (l.getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country)
            || l.getISO3Country().equalsIgnoreCase(country)) {
          return l.getISO3Country();
        }
      } catch (MissingResourceException e) {
        // No three-letter code: not this one.
      }
    }
    return "";
  }

  private static void update(Connection c, long eventId, Event e, Correction fix,
      boolean rejected) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      int i = 0;
      Sql.date(s, ++i, e.eventDate());
      s.setInt(++i, e.timePrecision().code());
      s.setString(++i, e.eventType().label());
      s.setString(++i, e.subEventType().label());
      i = EventRows.actor(s, i, e.actor1(), e.assocActor1());
      i = EventRows.actor(s, i, e.actor2(), e.assocActor2());
      i = EventRows.place(s, i, e.place());
      s.setInt(++i, e.fatalities());
      s.setInt(++i, e.injured());
      s.setInt(++i, e.captured());
      count(s, ++i, fix.fatalities());
      count(s, ++i, fix.injured());
      count(s, ++i, fix.captured());
      s.setBoolean(++i, rejected);
      s.setLong(++i, eventId);
      s.executeUpdate();
    }
  }

  private static void count(PreparedStatement s, int i, Optional<Integer> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setInt(i, value.get());
    } else {
      s.setNull(i, Types.INTEGER);
    }
  }

  /** One entry: "rejected" when the event is marked not an event now, else "corrected". */
  private static void history(Connection c, long eventId, Correction fix, StoredEvent old,
      boolean rejected, String by, String reason) throws SQLException {
    Event was = old.event();
    Map<String, Object> changes = new LinkedHashMap<>();
    fix.subEventType().ifPresent(t -> change(changes, "sub_event_type",
        was.subEventType().label(), t.label()));
    fix.actor1().ifPresent(a -> change(changes, "actor1",
        was.actor1().map(Actor::name).orElse(null), a));
    fix.actor2().ifPresent(a -> change(changes, "actor2",
        was.actor2().map(Actor::name).orElse(null), a));
    fix.eventDate().ifPresent(d -> change(changes, "event_date",
        was.eventDate().map(Object::toString).orElse(null), d.toString()));
    fix.timePrecision().ifPresent(t -> change(changes, "time_precision",
        was.timePrecision().code(), t.code()));
    fix.location().ifPresent(l -> change(changes, "location",
        was.place().map(Place::name).orElse(null), l));
    fix.country().ifPresent(l -> change(changes, "country",
        was.place().map(Place::country).orElse(null), l));
    fix.latitude().ifPresent(l -> change(changes, "latitude",
        was.place().map(Place::latitude).orElse(null), l));
    fix.longitude().ifPresent(l -> change(changes, "longitude",
        was.place().map(Place::longitude).orElse(null), l));
    fix.fatalities().ifPresent(n -> change(changes, "fatalities", was.fatalities(), n));
    fix.injured().ifPresent(n -> change(changes, "injured", was.injured(), n));
    fix.captured().ifPresent(n -> change(changes, "captured", was.captured(), n));
    fix.notAnEvent().ifPresent(n -> change(changes, "not_an_event", old.rejected(), n));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("changes", changes);
    details.put("reason", reason.strip());
    try (PreparedStatement s = c.prepareStatement(HISTORY)) {
      s.setLong(1, eventId);
      s.setString(2, rejected && !old.rejected() ? "rejected" : "corrected");
      s.setString(3, by.strip());
      s.setString(4, Json.object(details));
      s.executeUpdate();
    }
  }

  private static void change(Map<String, Object> changes, String field, Object old, Object now) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("old", old);
    c.put("new", now);
    changes.put(field, c);
  }
}
