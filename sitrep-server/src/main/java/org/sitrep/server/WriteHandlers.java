package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.store.Correction;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReview;
import org.sitrep.store.EventSplitter;
import org.sitrep.store.InvalidCorrectionException;
import org.sitrep.store.StoredEvent;

/**
 * The writes: {@code PATCH /api/events/{id}} (a person's correction, or "not an event") and
 * {@code POST /api/events/{id}/split}. Bodies are JSON objects; a field the API does not know, a
 * value of the wrong kind or out of range is a 400 naming the field.
 */
final class WriteHandlers {
  private static final Set<String> PATCH_FIELDS = Set.of("sub_event_type", "actor1", "actor2",
      "event_date", "time_precision", "location", "country", "latitude", "longitude",
      "fatalities", "injured", "captured", "not_an_event", "reason", "by");

  private static final Set<String> SPLIT_FIELDS = Set.of("article_id", "reason", "by");

  private final EventQuery query;
  private final EventReview review;
  private final EventSplitter splitter;
  private final ApiJson json;
  private final ObjectMapper mapper = new ObjectMapper();

  WriteHandlers(EventQuery query, EventReview review, EventSplitter splitter, ApiJson json) {
    this.query = query;
    this.review = review;
    this.splitter = splitter;
    this.json = json;
  }

  void patch(Context ctx) {
    long id = EventHandlers.id(ctx);
    JsonNode body = body(ctx, PATCH_FIELDS);
    Correction fix = new Correction(
        text(body, "sub_event_type").map(WriteHandlers::subEventType),
        text(body, "actor1"), text(body, "actor2"),
        text(body, "event_date").map(WriteHandlers::date),
        integer(body, "time_precision").map(WriteHandlers::timePrecision),
        text(body, "location"), text(body, "country"),
        number(body, "latitude"), number(body, "longitude"),
        integer(body, "fatalities"), integer(body, "injured"), integer(body, "captured"),
        bool(body, "not_an_event"));
    String by = text(body, "by").orElse(null);
    String reason = text(body, "reason").orElse(null);
    Correction.checkByAndReason(by, reason);
    StoredEvent now = review.correct(id, fix, by, reason)
        .orElseThrow(() -> ApiException.notFound("no event with id " + id));
    EventHandlers.send(ctx, json.write(json.eventWithSources(now, query.sourcesOf(id))));
  }

  void split(Context ctx) {
    long id = EventHandlers.id(ctx);
    JsonNode body = body(ctx, SPLIT_FIELDS);
    long articleId = integer(body, "article_id").orElseThrow(() -> ApiException.badParameter(
        "article_id", "article_id (the article whose report is split off) is required"));
    String by = text(body, "by").orElse(null);
    String reason = text(body, "reason").orElse(null);
    Correction.checkByAndReason(by, reason);
    if (query.event(id).isEmpty()) {
      throw ApiException.notFound("no event with id " + id);
    }
    long own;
    try {
      own = splitter.split(id, articleId, by.strip(), reason.strip());
    } catch (InvalidCorrectionException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("article_id", e.getMessage());
    }
    var n = mapper.createObjectNode();
    n.set("event", json.event(query.event(id).orElseThrow()));
    n.set("split_off", json.event(query.event(own).orElseThrow()));
    EventHandlers.send(ctx, json.write(n));
  }

  /** The body, a JSON object of known fields only. */
  private JsonNode body(Context ctx, Set<String> known) {
    JsonNode body;
    try {
      body = mapper.readTree(ctx.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiException.badParameter("body", "the body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badParameter("body", "the body is a JSON object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!known.contains(field.getKey())) {
        throw ApiException.badParameter(field.getKey(), "unknown field '" + field.getKey()
            + "'; the fields are " + String.join(", ", new TreeSet<>(known)));
      }
      if (field.getValue().isNull()) {
        throw ApiException.badParameter(field.getKey(), field.getKey() + " must not be null;"
            + " leave it out to keep the value");
      }
    }
    return body;
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiException.badParameter(field, field + " is a string, was " + v);
    }
    return Optional.of(v.asText());
  }

  private static Optional<Integer> integer(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw ApiException.badParameter(field, field + " is a whole number, was " + v);
    }
    return Optional.of(v.intValue());
  }

  private static Optional<Double> number(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      throw ApiException.badParameter(field, field + " is a number, was " + v);
    }
    return Optional.of(v.doubleValue());
  }

  private static Optional<Boolean> bool(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      throw ApiException.badParameter(field, field + " is true or false, was " + v);
    }
    return Optional.of(v.booleanValue());
  }

  private static SubEventType subEventType(String label) {
    return SubEventType.fromLabel(label).orElseThrow(() -> ApiException.badParameter("sub_event_type", "sub_event_type is one"
            + " of ACLED's sub-event types (e.g. 'Armed clash'), was '" + label + "'"));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter("event_date", "event_date is a date, YYYY-MM-DD, was '"
          + text + "'");
    }
  }

  private static TimePrecision timePrecision(int code) {
    return Arrays.stream(TimePrecision.values()).filter(t -> t.code() == code).findFirst()
        .orElseThrow(() -> ApiException.badParameter("time_precision", "time_precision is 1"
            + " (day), 2 (week) or 3 (month), was " + code));
  }
}
