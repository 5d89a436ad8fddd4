package org.sitrep.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Feed, versions 1 and 1.1 (https://jsonfeed.org/version/1.1): the version field must name
 * one, else the JSON is something else (a JSON Lines record, an API's answer).
 */
final class JsonFeeds {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VERSION = "https://jsonfeed.org/version/1";

  private JsonFeeds() {}

  static Feed parse(byte[] bytes, Optional<String> base) throws NotAFeed {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new NotAFeed("malformed JSON" + (line > 0 ? " at line " + line : ""));
    } catch (IOException e) {
      throw new NotAFeed("cannot read the JSON (" + e.getMessage() + ")");
    }
    String version = text(root, "version").orElse("");
    if (!root.isObject() || !(version.equals(VERSION) || version.startsWith(VERSION + "."))) {
      throw new NotAFeed("JSON without a JSON Feed version (\"version\": \"" + VERSION + ".1\")");
    }
    List<FeedItem> items = new ArrayList<>();
    int position = 0;
    for (JsonNode item : root.path("items")) {
      position++;
      String link = text(item, "url").or(() -> text(item, "external_url")).orElse(null);
      items.add(new FeedItem(position, Links.resolve(base, link), text(item, "id"),
          text(item, "title").map(String::strip),
          text(item, "date_published").or(() -> text(item, "date_modified"))
              .flatMap(WrittenDates::parse),
          content(item)));
    }
    return new Feed(text(root, "title").map(String::strip).orElse(""), items);
  }

  private static Optional<String> content(JsonNode item) {
    Optional<String> html = text(item, "content_html");
    if (html.isPresent()) {
      return Optional.of(ItemHtml.of(html.get(), false));
    }
    return text(item, "content_text").or(() -> text(item, "summary"))
        .map(text -> ItemHtml.of(text, true));
  }

  /** A field's text; ids may be numbers, which JSON Feed 1 allowed. */
  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !(value.isTextual() || value.isNumber())) {
      return Optional.empty();
    }
    return Links.nonBlank(value.asText());
  }
}
