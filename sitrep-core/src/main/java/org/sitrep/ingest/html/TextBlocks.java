package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a page's body into {@link TextBlock}s in reading order, passing over the elements the
 * caller rules out. A block ends where a block-level element starts or ends, and at a line
 * break outside a paragraph, so a {@code <div>} written with {@code <br>}s yields one block a line.
 * The page is not changed.
 */
final class TextBlocks {
  private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main",
      "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
      "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
      "figure", "figcaption", "address", "center", "details", "summary", "hr", "body", "picture");

  private final Predicate<Element> skip;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private boolean space;

  private TextBlocks(Predicate<Element> skip) {
    this.skip = skip;
  }

  /** The blocks under an element, in document order, passing over what {@code skip} accepts. */
  static List<TextBlock> of(Element root, Predicate<Element> skip) {
    TextBlocks walk = new TextBlocks(skip);
    walk.element(root, root, false, false);
    walk.flush(root, false);
    return walk.blocks;
  }

  static boolean isBlock(Element element) {
    return BLOCK.contains(element.normalName());
  }

  private void element(Element element, Element owner, boolean inLink, boolean caption) {
    if (skip.test(element)) {
      if (isBlock(element)) {
        flush(owner, caption);
      }
      return;
    }
    boolean block = isBlock(element);
    boolean captionHere = caption || Boilerplate.isCaption(element);
    if (block || captionHere != caption) {
      flush(owner, caption);
    }
    Element inner = block ? element : owner;
    boolean link = inLink || element.normalName().equals("a");
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode textNode) {
        append(textNode.getWholeText(), link);
      } else if (child instanceof Element e) {
        if (e.normalName().equals("br")) {
          if (inner.normalName().equals("p")) {
            space = true;
          } else {
            flush(inner, captionHere);
          }
        } else if (e.normalName().equals("img")) {
          space = true;
        } else {
          element(e, inner, link, captionHere);
        }
      }
    }
    if (block || captionHere != caption) {
      flush(inner, captionHere);
    }
  }

  private void append(String raw, boolean link) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && text.length() > 0) {
          text.append(' ');
          if (link) {
            linkChars++;
          }
        }
        space = false;
        text.append(c);
        if (link) {
          linkChars++;
        }
      }
    }
  }

  private void flush(Element owner, boolean caption) {
    if (text.length() > 0) {
      blocks.add(new TextBlock(text.toString(), linkChars, owner, caption));
    }
    text.setLength(0);
    linkChars = 0;
    space = false;
  }
}
