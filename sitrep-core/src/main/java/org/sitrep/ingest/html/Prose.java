package org.sitrep.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * How much prose each element of a page holds: the characters of its blocks that read as running
 * text (long enough, few links, not captions), counted for the block's element and every
 * ancestor up to the body. Menus, labels and lists of headlines count for nothing.
 */
final class Prose {
  /** A block this long with few links is prose, not a label, a menu or a teaser's title. */
  static final int MIN_CHARS = 60;

  /** Above this share of link text a block is prose only in rare pages; below it, in most. */
  static final double MAX_LINKS = 0.3;

  private final Map<Element, Integer> held = new IdentityHashMap<>();
  private final int total;

  private Prose(List<TextBlock> blocks, Element root, boolean paragraphsOnly) {
    int sum = 0;
    for (TextBlock block : blocks) {
      if (!isProse(block) || paragraphsOnly && !block.owner().normalName().equals("p")) {
        continue;
      }
      int chars = block.text().length();
      sum += chars;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        held.merge(e, chars, Integer::sum);
        if (e == root) {
          break;
        }
      }
    }
    total = sum;
  }

  /** The prose of all blocks. */
  static Prose of(List<TextBlock> blocks, Element root) {
    return new Prose(blocks, root, false);
  }

  /** The prose of {@code <p>} blocks alone. */
  static Prose ofParagraphs(List<TextBlock> blocks, Element root) {
    return new Prose(blocks, root, true);
  }

  static boolean isProse(TextBlock block) {
    return !block.caption() && block.text().length() >= MIN_CHARS
        && block.linkDensity() <= MAX_LINKS;
  }

  /** Characters of prose in the element and below it. */
  int held(Element element) {
    return held.getOrDefault(element, 0);
  }

  /** Characters of prose in the whole page. */
  int total() {
    return total;
  }

  /** The element's share of the page's prose, 0 when the page has none. */
  double share(Element element) {
    return total == 0 ? 0 : (double) held(element) / total;
  }
}
