package org.sitrep.ingest.html;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of text a reader sees as one block: a paragraph, a heading, a list item, a quote, or the
 * text between line breaks in a {@code <div>}.
 *
 * @param text the block's text, whitespace collapsed
 * @param linkChars how many of its characters are inside links
 * @param owner the nearest block-level element that holds it
 * @param caption whether it is a picture's caption or credit
 */
record TextBlock(String text, int linkChars, Element owner, boolean caption) {
  TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
  }

  /** Share of the text that is link text: near 1 for menus and lists of headlines. */
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** Whether the block is a heading ({@code h2}..{@code h6}). */
  boolean heading() {
    String tag = owner.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2'
        && tag.charAt(1) <= '6';
  }
}
