package org.sitrep.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, with the
 * article first. Objects are taken from the top of each script, from arrays, from {@code @graph}
 * and from a page's {@code mainEntity}; objects nested deeper (related articles, videos, list
 * items) describe other things and are not read.
 *
 * <p>Sites write JSON-LD by hand and by template, so the reader forgives comments, trailing commas,
 * raw line breaks in strings and an HTML comment or CDATA wrapper; a script that still does not
 * parse is skipped, not fatal.
 */
final class JsonLd {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  /** Kinds of object, most likely to describe the page's own article first. */
  private enum Kind { ARTICLE, PAGE, OTHER }

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  /**
   * @param url the page's address: when a page declares several articles, the one whose {@code
   *     url} or {@code mainEntityOfPage} is this address comes first
   */
  static JsonLd of(Document page, Optional<String> url) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data().strip()
          .replaceFirst("^(?://\\s*)?<!\\[CDATA\\[", "").replaceFirst("(?://\\s*)?\\]\\]>$", "")
          .replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
      try {
        collect(JSON.readTree(data), found, 0);
      } catch (JsonProcessingException e) {
        // A broken script is one source of metadata fewer; the page still has others.
      }
    }
    String address = url.map(JsonLd::comparable).orElse("");
    List<JsonNode> ranked = new ArrayList<>(found);
    ranked.sort(Comparator.comparing(JsonLd::kind)
        .thenComparing(node -> !address.isEmpty() && address.equals(ownUrl(node)) ? 0 : 1));
    return new JsonLd(List.copyOf(ranked));
  }

  private static void collect(JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, into, depth + 1));
    } else if (node.isObject()) {
      if (node.has("@type")) {
        into.add(node);
      }
      collect(node.get("@graph"), into, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, into, depth + 1);
      }
    }
  }

  /**
   * The first textual value of {@code field} in the article objects, then web page objects, then
   * (if {@code anyKind}) any other object.
   */
  Optional<String> text(String field, boolean anyKind) {
    for (JsonNode node : objects) {
      if (!anyKind && kind(node) == Kind.OTHER) {
        break;
      }
      Optional<String> value = textOf(node.get(field));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The article's headline, never a web page's {@code name}, which is usually its title bar. */
  Optional<String> headline() {
    return objects.stream().filter(node -> kind(node) == Kind.ARTICLE)
        .map(node -> textOf(node.get("headline"))).flatMap(Optional::stream).findFirst();
  }

  /** The publisher's name, else the name of the web site or organization the page declares. */
  Optional<String> publisher() {
    for (JsonNode node : objects) {
      Optional<String> name = nameOf(node.get("publisher"));
      if (name.isPresent()) {
        return name;
      }
    }
    return objects.stream().filter(node -> hasType(node, "WebSite") || hasType(node,
        "NewsMediaOrganization")).map(node -> textOf(node.get("name")))
        .flatMap(Optional::stream).findFirst();
  }

  /** The names of the first article's authors, in the order given. */
  List<String> authors() {
    for (JsonNode node : objects) {
      if (kind(node) == Kind.OTHER) {
        break;
      }
      JsonNode author = node.get("author");
      if (author == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode one : author.isArray() ? author : List.of(author)) {
        nameOf(one).filter(name -> !names.contains(name)).ifPresent(names::add);
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static Optional<String> nameOf(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : nameOf(node.get(0));
    }
    return node.isObject() ? textOf(node.get("name")) : textOf(node);
  }

  private static Optional<String> textOf(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : textOf(node.get(0));
    }
    if (node.isObject()) {
      return textOf(node.get("@value"));
    }
    String text = node.isValueNode() ? node.asText().replaceAll("\\s+", " ").strip() : "";
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static Kind kind(JsonNode node) {
    for (String type : types(node)) {
      if (type.endsWith("Article") || type.endsWith("BlogPosting") || type.equals("Report")
          || type.equals("SocialMediaPosting")) {
        return Kind.ARTICLE;
      }
    }
    return types(node).stream().anyMatch(type -> type.endsWith("WebPage")) ? Kind.PAGE
        : Kind.OTHER;
  }

  private static boolean hasType(JsonNode node, String wanted) {
    return types(node).contains(wanted);
  }

  private static List<String> types(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    for (JsonNode one : type.isArray() ? type : List.of(type)) {
      String name = one.asText();
      types.add(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1));
    }
    return types;
  }

  private static String ownUrl(JsonNode node) {
    JsonNode main = node.get("mainEntityOfPage");
    Optional<String> url = textOf(node.get("url"))
        .or(() -> main != null && main.isObject() ? textOf(main.get("@id")) : textOf(main));
    return url.map(JsonLd::comparable).orElse("");
  }

  /** An address without scheme, {@code www.}, query, fragment or trailing slash. */
  static String comparable(String url) {
    return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "")
        .replaceFirst("^www\\.", "").replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
  }
}
