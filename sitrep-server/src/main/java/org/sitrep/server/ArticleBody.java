package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;

/**
 * The body of {@code POST /api/articles} as the {@link ArticleInput} that {@code sitrep ingest}
 * would have read: {@code text/plain} is a plain-text report, {@code text/html} a web page, and
 * {@code application/json} an object {@code {url, title, published, source}} with the report in
 * one of {@code body} or {@code text} (plain text) or {@code html}, its fields read as a JSON
 * Lines record's are. Every problem is an {@link ApiException} that names the field or header.
 */
final class ArticleBody {
  private static final Set<String> FIELDS =
      Set.of("url", "title", "published", "source", "body", "text", "html");

  private static final List<String> TEXT_FIELDS = List.of("body", "text", "html");

  /** The input id of a posted text without a URL, which events name as their {@code article}. */
  static final String POSTED = "api";

  private final ObjectMapper mapper = new ObjectMapper();

  /** The media type in lower case, without parameters: "text/html; charset=utf-8" → text/html. */
  static String mediaType(String contentType) {
    String type = contentType == null ? "" : contentType;
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  ArticleInput read(String contentType, byte[] bytes) {
    String type = mediaType(contentType);
    switch (type) {
      case "text/plain":
        return new ArticleInput(POSTED, notEmpty(bytes), Optional.empty(), "", InputKind.TEXT,
            Hints.NONE);
      case "text/html":
        return new ArticleInput(POSTED, notEmpty(bytes), Optional.empty(), "", InputKind.HTML,
            Hints.NONE);
      case "application/json":
        return json(notEmpty(bytes));
      default:
        throw ApiException.unsupportedType("an article is sent as 'Content-Type: text/plain',"
            + " 'text/html' or 'application/json', was '" + (contentType == null ? ""
            : contentType) + "'");
    }
  }

  private ArticleInput json(byte[] bytes) {
    JsonNode node;
    try {
      node = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiException.badParameter("body", "the body is not JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (java.io.IOException e) {
      throw ApiException.badParameter("body", "the body could not be read: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badParameter("body", "the body is a JSON object {\"url\", \"title\","
          + " \"published\", \"source\", and one of \"body\", \"text\" or \"html\"}");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        throw ApiException.badParameter(name, "unknown field '" + name + "'; the fields are "
            + String.join(", ", new TreeSet<>(FIELDS)));
      }
    }
    List<String> given = TEXT_FIELDS.stream().filter(f -> field(node, f).isPresent()).toList();
    if (given.size() != 1) {
      throw ApiException.badParameter("body", given.isEmpty()
          ? "the article's words go in one of \"body\" or \"text\" (plain text) or \"html\","
              + " and none was given with something in it"
          : "give the article's words once, in one of \"body\", \"text\" or \"html\"; "
              + String.join(" and ", given) + " were given");
    }
    String field = given.get(0);
    Optional<String> url = field(node, "url");
    Hints hints = new Hints(url, field(node, "title"), field(node, "published")
        .map(ArticleBody::date), field(node, "source").orElse(""), Optional.empty());
    byte[] words = field(node, field).orElseThrow().getBytes(StandardCharsets.UTF_8);
    return new ArticleInput(url.orElse(POSTED), words, Optional.empty(), "",
        field.equals("html") ? InputKind.HTML : InputKind.TEXT, hints);
  }

  /** A string field's value, empty when absent, null or blank; any other kind is a 400. */
  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badParameter(name, name + " is a string, was " + value);
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().strip());
  }

  /** "2025-03-12", or the date part of "2025-03-12T08:00:00Z", as written. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T'
          ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter("published", "published is a date, YYYY-MM-DD (or an"
          + " ISO-8601 time, whose date is taken), was '" + text + "'");
    }
  }

  private static byte[] notEmpty(byte[] bytes) {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw ApiException.badParameter("body", "the body is empty; send the article's text");
    }
    return bytes;
  }
}
