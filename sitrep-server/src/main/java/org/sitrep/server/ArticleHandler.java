package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.store.ArticleIntake;
import org.sitrep.store.IntakeException;
import org.sitrep.store.IntakeResult;

/**
 * {@code POST /api/articles}: one report, as text, HTML or JSON ({@link ArticleBody}), extracted
 * and stored as {@code sitrep ingest} would ({@link ArticleIntake}). Answers 201 with {@code
 * {"article_id", "stored": true, "events": [ids], "merged": [ids]}}, or 200 with {@code "stored":
 * false} and what was stored before when the same text is posted again.
 *
 * <p>Its body may be far larger than a correction's, so it has a limit of its own ({@link
 * #MAX_BYTES}), counted as it is read: a body sent without a length cannot exceed it either.
 *
 * <p>Cross-site writes: a page of another origin can send a form post, whose type can be {@code
 * text/plain} but never {@code application/json}, nor carry a header of its own without a CORS
 * preflight (none is granted). So without a token, a text or HTML body must come with the header
 * {@value #REQUEST_HEADER}{@code : 1}; JSON needs nothing more than the other writes.
 */
final class ArticleHandler {
  /** A long report is some 100 KB of text; a saved web page with its markup, a few MB. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The header a page of another origin cannot send without a preflight. */
  static final String REQUEST_HEADER = "X-Sitrep-Request";

  private final ArticleIntake intake;
  private final ArticleBody bodies = new ArticleBody();
  private final ApiJson json;

  ArticleHandler(ArticleIntake intake, ApiJson json) {
    this.intake = intake;
    this.json = json;
  }

  /** After the token check: without a token, only from this machine, and no form post. */
  static void guard(Context ctx, Optional<String> token) {
    if (token.isPresent()) {
      return;
    }
    if (!ApiServer.localHost(ctx.host())) {
      throw ApiException.notLocal();
    }
    String type = ArticleBody.mediaType(ctx.contentType());
    if (!type.equals("application/json") && !"1".equals(ctx.header(REQUEST_HEADER))) {
      throw ApiException.unsupportedType("without a token, an article is posted as"
          + " 'Content-Type: application/json', or as text/plain or text/html with the header '"
          + REQUEST_HEADER + ": 1' (which a web page of another site cannot send)");
    }
  }

  void post(Context ctx) throws IOException {
    ArticleInput input = bodies.read(ctx.contentType(), body(ctx));
    IntakeResult result;
    try {
      result = intake.take(input);
    } catch (IntakeException e) {
      if (e.reason() == IntakeException.Reason.UNREADABLE) {
        throw ApiException.badParameter("body", e.getMessage());
      }
      throw ApiException.unprocessable("body", e.getMessage());
    }
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("article_id", result.articleId());
    n.put("stored", result.stored());
    ids(n.putArray("events"), result.events());
    ids(n.putArray("merged"), result.merged());
    ctx.status(result.stored() ? 201 : 200);
    ctx.header("Location", "/api/articles/" + result.articleId());
    EventHandlers.send(ctx, json.write(n));
  }

  private static void ids(ArrayNode array, List<Long> ids) {
    ids.forEach(array::add);
  }

  /** The body, read up to the limit and refused past it, whatever length was announced. */
  private static byte[] body(Context ctx) throws IOException {
    if (ctx.contentLength() > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return bytes;
    }
  }

  private static ApiException tooLarge() {
    return ApiException.tooLarge("the article is larger than 5 MB; send its text, or split it");
  }
}
