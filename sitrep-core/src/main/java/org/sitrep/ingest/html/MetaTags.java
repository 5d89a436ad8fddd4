package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by name, whichever attribute names them ({@code property} in
 * OpenGraph, {@code name} in HTML and Dublin Core, {@code itemprop} in microdata), matched without
 * regard to case since sites spell {@code DC.date.issued} and {@code dc.date.issued} alike. The
 * first non-blank value of a name wins: later ones usually belong to embedded widgets.
 */
final class MetaTags {
  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags of(Document page) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element meta : page.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.putIfAbsent(key, content);
        }
      }
    }
    return new MetaTags(values);
  }

  /** The values of those of {@code names} that the page has, in the order of the names. */
  List<String> all(String... names) {
    List<String> found = new ArrayList<>();
    for (String name : names) {
      String value = values.get(name);
      if (value != null) {
        found.add(value);
      }
    }
    return found;
  }

  /** The value of the first of {@code names} that the page has. */
  Optional<String> first(String... names) {
    for (String name : names) {
      String value = values.get(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
