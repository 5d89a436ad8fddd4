package org.sitrep.store.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;

/**
 * The jsonb columns: associated actors as an array of {@code {name, inter, cameo, iso3, generic}}
 * objects, and history details as a flat object.
 */
final class Json {
  /** ObjectMapper is thread-safe once configured; this one is never reconfigured. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String write(List<Actor> actors) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Actor a : actors) {
      array.addObject().put("name", a.name()).put("inter", a.inter()).put("cameo", a.cameo())
          .put("iso3", a.iso3()).put("generic", a.generic());
    }
    return array.toString();
  }

  static List<Actor> actors(String json) throws SQLException {
    List<Actor> actors = new ArrayList<>();
    for (JsonNode a : tree(json)) {
      actors.add(new Actor(a.path("name").asText(), a.path("inter").asInt(),
          a.path("cameo").asText(), a.path("iso3").asText(), a.path("generic").asBoolean()));
    }
    return actors;
  }

  /** A flat object of history details: strings, numbers and booleans, in the map's order. */
  static String object(Map<String, Object> fields) {
    ObjectNode object = MAPPER.createObjectNode();
    fields.forEach((key, value) -> object.set(key, MAPPER.valueToTree(value)));
    return object.toString();
  }

  private static JsonNode tree(String json) throws SQLException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("stored JSON is damaged: " + e.getOriginalMessage(), e);
    }
  }
}
