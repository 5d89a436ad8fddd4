package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.Rejection;

/**
 * Turns events and rejections into JSON objects whose field names and order are the public
 * contract of {@code docs/schema.md}. Empty strings become null so that "absent" has one spelling.
 * Public so that the REST API writes events in the same shape as {@code sitrep extract}.
 */
public final class EventJson {
  /** ACLED joins several associated actors with this. */
  static final String ACTOR_SEPARATOR = "; ";

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  /** The event as one object of {@code docs/schema.md}, its fields in the schema's order. */
  public ObjectNode event(Event e) {
    ObjectNode n = nodes.objectNode();
    n.put("event_id", e.eventId());
    n.put("article", e.article());
    n.put("event_date", e.eventDate().map(Object::toString).orElse(null));
    n.put("time_precision", e.timePrecision().code());
    n.put("disorder_type", e.eventType().disorderType());
    n.put("event_type", e.eventType().label());
    n.put("sub_event_type", e.subEventType().label());
    putText(n, "actor1", e.actor1().map(Actor::name).orElse(""));
    putText(n, "assoc_actor_1", actorNames(e.assocActor1()));
    n.put("inter1", e.inter1());
    putText(n, "actor2", e.actor2().map(Actor::name).orElse(""));
    putText(n, "assoc_actor_2", actorNames(e.assocActor2()));
    n.put("inter2", e.inter2());
    n.put("interaction", e.interaction());
    putText(n, "civilian_targeting", e.civilianTargeting());
    putPlace(n, e.place());
    n.put("geo_precision", e.place().isPresent() ? e.geoPrecision().code() : null);
    putText(n, "source", e.source());
    putText(n, "notes", e.notes());
    n.put("fatalities", e.fatalities());
    n.put("injured", e.injured());
    n.put("captured", e.captured());
    putText(n, "cameo", e.cameo());
    putText(n, "plover", e.plover());
    n.put("modality", e.modality().label());
    n.put("confidence", e.confidence());
    n.set("evidence", evidence(e.evidence()));
    return n;
  }

  /** A rejected candidate; {@code start} and {@code end} are the trigger's offsets. */
  ObjectNode rejection(String article, Rejection r) {
    ObjectNode n = nodes.objectNode();
    n.put("rejected", true);
    n.put("article", article);
    n.put("trigger", r.trigger().text());
    n.put("reason", r.reason());
    putText(n, "cue", r.cue());
    n.put("sentence", r.sentence().text());
    n.put("start", r.trigger().start());
    n.put("end", r.trigger().end());
    return n;
  }

  static String actorNames(List<Actor> actors) {
    return actors.stream().map(Actor::name).collect(Collectors.joining(ACTOR_SEPARATOR));
  }

  private void putPlace(ObjectNode n, Optional<Place> place) {
    putText(n, "country", place.map(Place::country).orElse(""));
    putText(n, "iso3", place.map(Place::iso3).orElse(""));
    putText(n, "admin1", place.map(Place::admin1).orElse(""));
    putText(n, "admin2", place.map(Place::admin2).orElse(""));
    putText(n, "location", place.map(Place::name).orElse(""));
    n.put("latitude", place.map(Place::latitude).orElse(null));
    n.put("longitude", place.map(Place::longitude).orElse(null));
  }

  private ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode list = nodes.arrayNode();
    for (Evidence ev : evidence) {
      ObjectNode item = list.addObject();
      item.put("field", ev.field());
      item.put("text", ev.text());
      item.put("start", ev.start());
      item.put("end", ev.end());
      if (!ev.note().isEmpty()) {
        item.put("note", ev.note());
      }
    }
    return list;
  }

  private static void putText(ObjectNode n, String key, String value) {
    n.put(key, value.isEmpty() ? null : value);
  }
}
