package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

/**
 * A system's event as the articles scorer reads it: the fields score.py takes from an event's JSON,
 * with the values Sitrep's JSON output holds. Built from a pipeline {@link Event} or from a saved
 * JSON line, so that both are scored by one matcher. Absent JSON values are empty; a text that is
 * present may be "" (a saved file can hold one), which the scorer treats as score.py does.
 *
 * @param articleId the base name of the event's {@code article} path, less ".txt"
 * @param eventDate as written, normally YYYY-MM-DD
 * @param assocActor1 the associated actors as one "; "-separated string, as ACLED writes them
 * @param sentences the texts of the evidence items whose field is "sentence", in order
 */
public record SystemEvent(
    String articleId,
    Optional<String> eventDate,
    Optional<String> eventType,
    Optional<String> subEventType,
    Optional<String> actor1,
    Optional<String> assocActor1,
    Optional<String> actor2,
    Optional<String> assocActor2,
    Optional<String> country,
    Optional<String> admin1,
    Optional<String> location,
    OptionalDouble latitude,
    OptionalDouble longitude,
    OptionalDouble fatalities,
    List<String> sentences) {
  /** How Sitrep joins several associated actors (as {@code export.EventJson} does). */
  static final String ACTOR_SEPARATOR = "; ";

  public SystemEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(assocActor1, "assocActor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(assocActor2, "assocActor2");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    Objects.requireNonNull(fatalities, "fatalities");
    sentences = List.copyOf(sentences);
  }

  /** A pipeline event, read as its JSON line would be: empty strings are absent, as there. */
  public static SystemEvent of(Event e) {
    Optional<Place> place = e.place();
    return new SystemEvent(
        ScoreText.articleId(e.article()),
        e.eventDate().map(Object::toString),
        Optional.of(e.eventType().label()),
        Optional.of(e.subEventType().label()),
        nonEmpty(e.actor1().map(Actor::name)),
        nonEmpty(Optional.of(names(e.assocActor1()))),
        nonEmpty(e.actor2().map(Actor::name)),
        nonEmpty(Optional.of(names(e.assocActor2()))),
        nonEmpty(place.map(Place::country)),
        nonEmpty(place.map(Place::admin1)),
        nonEmpty(place.map(Place::name)),
        place.map(p -> OptionalDouble.of(p.latitude())).orElse(OptionalDouble.empty()),
        place.map(p -> OptionalDouble.of(p.longitude())).orElse(OptionalDouble.empty()),
        OptionalDouble.of(e.fatalities()),
        e.evidence().stream()
            .filter(ev -> ev.field().equals("sentence"))
            .map(Evidence::text)
            .toList());
  }

  /** This event as found in another article: the gold article a page was read for. */
  public SystemEvent inArticle(String id) {
    return new SystemEvent(id, eventDate, eventType, subEventType, actor1, assocActor1, actor2,
        assocActor2, country, admin1, location, latitude, longitude, fatalities, sentences);
  }

  /**
   * A saved event: a JSON object as {@code sitrep extract --format jsonl} writes it. Values of an
   * unexpected type are read leniently (a number as its text, a non-number as no number), since
   * score.py does not check them either.
   */
  public static SystemEvent fromJson(JsonNode n) {
    return new SystemEvent(
        ScoreText.articleId(text(n, "article").orElse("None")),
        text(n, "event_date"),
        text(n, "event_type"),
        text(n, "sub_event_type"),
        text(n, "actor1"),
        text(n, "assoc_actor_1"),
        text(n, "actor2"),
        text(n, "assoc_actor_2"),
        text(n, "country"),
        text(n, "admin1"),
        text(n, "location"),
        number(n, "latitude"),
        number(n, "longitude"),
        number(n, "fatalities"),
        sentences(n.get("evidence")));
  }

  private static String names(List<Actor> actors) {
    return actors.stream().map(Actor::name).collect(Collectors.joining(ACTOR_SEPARATOR));
  }

  private static Optional<String> nonEmpty(Optional<String> text) {
    return text.filter(t -> !t.isEmpty());
  }

  private static Optional<String> text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() || v.isContainerNode()
        ? Optional.empty()
        : Optional.of(v.asText());
  }

  private static OptionalDouble number(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v != null && v.isNumber() ? OptionalDouble.of(v.doubleValue()) : OptionalDouble.empty();
  }

  /** score.py's {@code sys_sentences}: the "sentence" items of the evidence list. */
  private static List<String> sentences(JsonNode evidence) {
    List<String> out = new ArrayList<>();
    if (evidence == null || !evidence.isArray()) {
      return out;
    }
    for (JsonNode item : evidence) {
      if (item.isObject() && "sentence".equals(item.path("field").asText(null))) {
        JsonNode t = item.get("text");
        out.add(t == null || t.isNull() ? "" : t.asText());
      }
    }
    return out;
  }
}
