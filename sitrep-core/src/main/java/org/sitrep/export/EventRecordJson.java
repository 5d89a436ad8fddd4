package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/**
 * An {@link Event} whole, as one JSON object, read back exactly as it was written: every field,
 * actors with their kinds and countries, the place with its feature code and coordinates, and the
 * evidence. What the output formats ({@link EventJson}) leave out of a reader's view, this keeps.
 * The store keeps merged reports in it ({@code event_source.report}: the format is persisted, so
 * change it only compatibly), and the Spark job ships events across a shuffle in it. Field names
 * follow {@code docs/schema.md}; dates are ISO-8601; absent values are left out.
 */
public final class EventRecordJson {
  /** ObjectMapper is thread-safe once configured; this one is never reconfigured. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventRecordJson() {}

  public static String write(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("event_id", e.eventId()).put("article", e.article());
    e.eventDate().ifPresent(d -> o.put("event_date", d.toString()));
    o.put("time_precision", e.timePrecision().code())
        .put("sub_event_type", e.subEventType().label());
    e.actor1().ifPresent(a -> actor(o.putObject("actor1"), a));
    ArrayNode assoc1 = o.putArray("assoc_actor_1");
    e.assocActor1().forEach(a -> actor(assoc1.addObject(), a));
    e.actor2().ifPresent(a -> actor(o.putObject("actor2"), a));
    ArrayNode assoc2 = o.putArray("assoc_actor_2");
    e.assocActor2().forEach(a -> actor(assoc2.addObject(), a));
    e.place().ifPresent(p -> o.putObject("place").put("geoname_id", p.geonameId())
        .put("location", p.name()).put("latitude", p.latitude()).put("longitude", p.longitude())
        .put("feature_code", p.featureCode()).put("country", p.country()).put("iso3", p.iso3())
        .put("admin1", p.admin1()).put("admin2", p.admin2()).put("population", p.population()));
    o.put("geo_precision", e.geoPrecision().code()).put("source", e.source())
        .put("notes", e.notes()).put("fatalities", e.fatalities()).put("injured", e.injured())
        .put("captured", e.captured()).put("cameo", e.cameo()).put("plover", e.plover())
        .put("modality", e.modality().name()).put("confidence", e.confidence());
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence v : e.evidence()) {
      evidence.addObject().put("field", v.field()).put("text", v.text()).put("start", v.start())
          .put("end", v.end()).put("note", v.note());
    }
    return o.toString();
  }

  /**
   * The event {@link #write} wrote.
   *
   * @throws IllegalArgumentException when {@code json} is not such an event, saying why
   */
  public static Event read(String json) {
    JsonNode o = tree(json);
    try {
      return new Event(o.path("event_id").asText(), o.path("article").asText(),
          o.has("event_date") ? Optional.of(LocalDate.parse(o.get("event_date").asText()))
              : Optional.empty(),
          code(TimePrecision.values(), o.path("time_precision").asInt(), TimePrecision::code),
          SubEventType.fromLabel(o.path("sub_event_type").asText()).orElseThrow(),
          actor(o.get("actor1")), actors(o.path("assoc_actor_1")),
          actor(o.get("actor2")), actors(o.path("assoc_actor_2")),
          place(o.get("place")),
          code(GeoPrecision.values(), o.path("geo_precision").asInt(), GeoPrecision::code),
          o.path("source").asText(), o.path("notes").asText(), o.path("fatalities").asInt(),
          o.path("injured").asInt(), o.path("captured").asInt(), o.path("cameo").asText(),
          o.path("plover").asText(), Modality.valueOf(o.path("modality").asText()),
          o.path("confidence").asDouble(), evidence(o.path("evidence")));
    } catch (RuntimeException bad) {
      throw new IllegalArgumentException("not a whole event: " + bad.getMessage(), bad);
    }
  }

  private static void actor(ObjectNode o, Actor a) {
    o.put("name", a.name()).put("inter", a.inter()).put("cameo", a.cameo()).put("iso3", a.iso3())
        .put("generic", a.generic());
  }

  private static Optional<Actor> actor(JsonNode a) {
    if (a == null) {
      return Optional.empty();
    }
    return Optional.of(new Actor(a.path("name").asText(), a.path("inter").asInt(),
        a.path("cameo").asText(), a.path("iso3").asText(), a.path("generic").asBoolean()));
  }

  private static List<Actor> actors(JsonNode array) {
    List<Actor> out = new ArrayList<>();
    array.forEach(a -> out.add(actor(a).orElseThrow()));
    return out;
  }

  private static Optional<Place> place(JsonNode p) {
    if (p == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(p.path("geoname_id").asLong(), p.path("location").asText(),
        p.path("latitude").asDouble(), p.path("longitude").asDouble(),
        p.path("feature_code").asText(), p.path("country").asText(), p.path("iso3").asText(),
        p.path("admin1").asText(), p.path("admin2").asText(), p.path("population").asLong()));
  }

  private static List<Evidence> evidence(JsonNode array) {
    List<Evidence> out = new ArrayList<>();
    array.forEach(v -> out.add(new Evidence(v.path("field").asText(), v.path("text").asText(),
        v.path("start").asInt(), v.path("end").asInt(), v.path("note").asText())));
    return out;
  }

  private static <T> T code(T[] values, int code, java.util.function.ToIntFunction<T> of) {
    return Arrays.stream(values).filter(v -> of.applyAsInt(v) == code).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown code " + code));
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
