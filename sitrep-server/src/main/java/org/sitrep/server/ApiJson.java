package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.sitrep.export.EventJson;
import org.sitrep.store.HistoryEntry;
import org.sitrep.store.Page;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;

/**
 * The API's JSON bodies. An event is the object of {@code docs/schema.md}, as {@code sitrep
 * extract} writes it, with the store's ids in front: {@code id} (what {@code /api/events/{id}}
 * takes) and {@code article_id}. Safe for many threads.
 */
final class ApiJson {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final ObjectMapper mapper =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final EventJson events = new EventJson();

  ObjectNode event(StoredEvent e) {
    ObjectNode n = nodes.objectNode();
    n.put("id", e.id());
    n.put("article_id", e.articleId());
    n.setAll(events.event(e.event()));
    e.updatedAt().ifPresent(t -> n.put("updated_at", t.toString()));
    if (e.rejected()) {
      // Only rejected events say so: the objects of unreviewed events stay those of extract.
      n.put("rejected", true);
    }
    return n;
  }

  /** {@code {"events": [...], "total", "total_exact", "limit", "offset", "next_offset"}}. */
  ObjectNode page(Page<StoredEvent> page) {
    ObjectNode n = nodes.objectNode();
    ArrayNode list = n.putArray("events");
    page.items().forEach(e -> list.add(event(e)));
    n.put("total", page.total());
    n.put("total_exact", page.totalExact());
    n.put("limit", page.limit());
    n.put("offset", page.offset());
    n.put("next_offset", page.hasMore() ? page.offset() + page.items().size() : null);
    return n;
  }

  /** The event with the articles that reported it; its evidence is in the event already. */
  ObjectNode eventWithSources(StoredEvent e, List<StoredArticle> sources) {
    ObjectNode n = event(e);
    ArrayNode list = n.putArray("sources");
    sources.forEach(a -> list.add(articleSummary(a)));
    return n;
  }

  /** The article with its text, which every evidence offset points into. */
  ObjectNode article(StoredArticle a, List<StoredEvent> events) {
    ObjectNode n = articleSummary(a);
    n.put("content_hash", a.hash().hex());
    n.put("published_from", a.publishedFrom().label());
    n.put("language", a.language().orElse(null));
    n.put("stored_at", a.storedAt().toString());
    n.put("text", a.text());
    ArrayNode ids = n.putArray("event_ids");
    events.forEach(e -> ids.add(e.id()));
    return n;
  }

  private ObjectNode articleSummary(StoredArticle a) {
    ObjectNode n = nodes.objectNode();
    n.put("id", a.id());
    n.put("input_id", a.inputId());
    n.put("url", a.url().orElse(null));
    n.put("title", a.title());
    n.put("source", a.source());
    n.put("published", a.published().map(Object::toString).orElse(null));
    return n;
  }

  /** {@code {"event_id": N, "history": [{"kind", "at", "article_id", "by", "details"}, ...]}}. */
  ObjectNode history(long eventId, List<HistoryEntry> entries) {
    ObjectNode n = nodes.objectNode();
    n.put("event_id", eventId);
    ArrayNode list = n.putArray("history");
    for (HistoryEntry h : entries) {
      ObjectNode e = list.addObject();
      e.put("kind", h.kind());
      e.put("at", h.at().toString());
      if (h.byArticle().isPresent()) {
        e.put("article_id", h.byArticle().get());
      } else {
        e.putNull("article_id");
      }
      e.put("by", h.by());
      try {
        e.set("details", mapper.readTree(h.details()));
      } catch (java.io.IOException bad) {
        // The store writes the details as JSON; a row that is not is shown as its text.
        e.put("details", h.details());
      }
    }
    return n;
  }

  ObjectNode error(String message, Optional<String> parameter) {
    ObjectNode n = nodes.objectNode();
    n.put("error", message);
    parameter.ifPresent(p -> n.put("parameter", p));
    return n;
  }

  String write(ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always writes", e);
    }
  }
}
