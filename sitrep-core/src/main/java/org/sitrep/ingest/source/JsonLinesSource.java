package org.sitrep.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.SourceItem;

/**
 * A JSON Lines file of articles, UTF-8, one object a line:
 *
 * <pre>{@code
 * {"id": "a1", "url": "https://…", "title": "…", "published": "2024-03-01T08:00:00Z",
 *  "source": "Reuters", "text": "…"}
 * }</pre>
 *
 * <p>{@code text} is read as plain text, {@code html} as a web page; when a record has both, the
 * text wins, since someone already took it out of the page and the HTML reader would only redo
 * that less surely. {@code published} is a date or an ISO date-time whose date is taken as
 * written (no shift to UTC: the publisher's day is the one the report names). The fields are
 * {@link Hints}, below the user's {@code --published} and {@code --source}. An item's id is its
 * {@code id}, else its {@code url}, else {@code FILE#LINE}.
 *
 * <p>Bad lines are items, not failures: a line that is not JSON, not an object, has neither text
 * nor html, or runs over 20 MB is a {@link SourceItem.Broken} named {@code FILE#LINE}, and the
 * next line follows. A stream that fails (a gzip file cut off) ends with a {@code Broken} naming
 * the file, and so does one with no lines but blank ones. Blank lines are skipped.
 */
final class JsonLinesSource implements ArticleSource {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String id;
  private final InputStream in;
  private final ReadOptions options;
  private final BoundedLines lines;
  /** Whether a line other than a blank one was seen: an input without one is a mistake. */
  private boolean any;
  private boolean done;

  JsonLinesSource(String id, InputStream in, ReadOptions options) {
    this.id = id;
    this.in = in;
    this.options = options;
    this.lines =
        new BoundedLines(
            new InputStreamReader(in, StandardCharsets.UTF_8), Sources.MAX_DOCUMENT_BYTES);
  }

  @Override
  public Optional<SourceItem> next() {
    while (!done) {
      Optional<BoundedLines.Line> line;
      try {
        line = lines.next();
      } catch (IOException e) {
        done = true;
        return Optional.of(new SourceItem.Broken(id, Sources.problem(e)));
      }
      if (line.isEmpty()) {
        done = true;
        if (!any) {
          return Optional.of(new SourceItem.Broken(id, "empty; expected one JSON object a line"));
        }
      } else if (!line.get().text().isBlank() || line.get().tooLong()) {
        any = true;
        return Optional.of(item(line.get()));
      }
    }
    return Optional.empty();
  }

  private SourceItem item(BoundedLines.Line line) {
    String name = id + "#" + line.number();
    String where = "line " + line.number() + ": ";
    if (line.tooLong()) {
      return new SourceItem.Broken(name, where + "longer than 20 MB; expected one article a line");
    }
    return record(line.text(), name, where, options);
  }

  /**
   * One line's object ({@code json}) as an item: its id is its {@code id}, else its {@code url}, else {@code
   * name}; a text that is no such object is a {@link SourceItem.Broken} named {@code name}, its
   * problem after {@code where} (which says where it was, or is "").
   */
  static SourceItem record(String json, String name, String where, ReadOptions options) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return new SourceItem.Broken(name, where + "not valid JSON ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
    if (node == null || !node.isObject()) {
      return new SourceItem.Broken(name,
          where + "not a JSON object; expected {\"text\": …} or {\"html\": …}");
    }
    Optional<String> text = field(node, "text");
    Optional<String> html = field(node, "html");
    if (text.isEmpty() && html.isEmpty()) {
      return new SourceItem.Broken(name,
          where + "neither a \"text\" nor an \"html\" field with something in it");
    }
    Optional<String> published = field(node, "published");
    Optional<LocalDate> date = published.flatMap(JsonLinesSource::date);
    if (published.isPresent() && date.isEmpty()) {
      return new SourceItem.Broken(name, where + "published \"" + published.get()
          + "\" is not a date; expected e.g. 2024-03-01 or 2024-03-01T08:00:00Z");
    }
    Optional<String> url = field(node, "url");
    String itemId = field(node, "id").or(() -> url).orElse(name);
    Hints hints = new Hints(url, field(node, "title"), date, field(node, "source").orElse(""),
        Optional.empty());
    InputKind kind = text.isPresent() ? InputKind.TEXT : InputKind.HTML;
    byte[] bytes = text.or(() -> html).orElseThrow().getBytes(StandardCharsets.UTF_8);
    return new SourceItem.Found(
        new ArticleInput(itemId, bytes, options.published(), options.source(), kind, hints));
  }

  /** A field's text, or empty when it is absent, null or blank; numbers read as written. */
  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  /** The date part of "2024-03-01" or "2024-03-01T08:00:00+03:00", as written. */
  private static Optional<LocalDate> date(String text) {
    if (text.length() < 10 || (text.length() > 10 && text.charAt(10) != 'T'
        && text.charAt(10) != ' ')) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // Everything wanted was read or reported; a failing close loses nothing.
    }
  }
}
