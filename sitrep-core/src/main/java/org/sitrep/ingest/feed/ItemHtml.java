package org.sitrep.ingest.feed;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * An item's content as HTML the page reader finds paragraphs in: feeds often give a description
 * as bare text or as HTML without {@code <p>} elements, and the reader reads paragraphs.
 */
final class ItemHtml {
  private ItemHtml() {}

  /** @param plain the content is text, not HTML: escaped, its blank lines split paragraphs */
  static String of(String content, boolean plain) {
    if (plain) {
      StringBuilder html = new StringBuilder();
      for (String paragraph : content.strip().split("\\n\\s*\\n")) {
        html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>\n");
      }
      return html.toString();
    }
    String lower = content.toLowerCase(Locale.ROOT);
    return lower.contains("<p") ? content : "<p>" + content.strip() + "</p>";
  }
}
