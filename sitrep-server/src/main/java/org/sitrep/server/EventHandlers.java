package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;

/**
 * {@code GET /api/events}, {@code GET /api/events/{id}}, {@code GET /api/events/{id}/history} and
 * {@code GET /api/articles/{id}}.
 */
final class EventHandlers {
  private final EventQuery query;
  private final ApiJson json;

  EventHandlers(EventQuery query, ApiJson json) {
    this.query = query;
    this.json = json;
  }

  void list(Context ctx) {
    send(ctx, json.write(json.page(query.search(FilterParams.page(ctx.queryParamMap())))));
  }

  void event(Context ctx) {
    long id = id(ctx);
    StoredEvent event = query.event(id)
        .orElseThrow(() -> ApiException.notFound("no event with id " + id));
    send(ctx, json.write(json.eventWithSources(event, query.sourcesOf(id))));
  }

  /** Every change to the event, oldest first: created, merged, split; 404 for no such event. */
  void history(Context ctx) {
    long id = id(ctx);
    if (query.event(id).isEmpty()) {
      throw ApiException.notFound("no event with id " + id);
    }
    send(ctx, json.write(json.history(id, query.history(id))));
  }

  void article(Context ctx) {
    long id = id(ctx);
    send(ctx, json.write(json.article(query.article(id)
        .orElseThrow(() -> ApiException.notFound("no article with id " + id)),
        query.eventsOf(id))));
  }

  /** The store's ids are positive whole numbers; anything else is a bad request, not a miss. */
  static long id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw ApiException.badParameter("id", "id is a positive whole number, was '" + text + "'");
  }

  static void send(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }
}
