package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's own text in a page: its paragraphs, in order, without navigation, adverts, share
 * bars, related links, cookie banners or comments; and the captions and credits of its pictures,
 * kept apart.
 *
 * <p>How, in the spirit of readability and trafilatura but with rules of its own:
 *
 * <ol>
 *   <li>The page is cut into text blocks ({@link TextBlocks}), leaving out what is never text
 *       (scripts, the headline) and what {@link Boilerplate} tells is not the article (menus,
 *       share bars, related lists, hidden parts...), unless that element holds most of the page's
 *       prose: a page wrapper called {@code with-sidebar} is still the page.
 *   <li>Blocks of prose ({@link Prose}) vote for every element that holds them; the article is
 *       the deepest element that holds three quarters of the prose, since once menus and teasers
 *       are gone the article's paragraphs are the bulk of a news page's prose. This needs no
 *       {@code <article>} or class name, and it keeps an article split into several parts.
 *   <li>Its blocks are kept, less link lists, advert labels and notices; credit lines go with the
 *       captions; scraps at either edge (a date, a section name) are trimmed; the standfirst
 *       shown above the article is put first.
 *   <li>When the page's JSON-LD states a long {@code articleBody} of which the blocks found miss
 *       most, the page shows only part of its article (scripts, slides), and that body is used.
 * </ol>
 *
 * <pre>{@code
 * MainText main = MainText.of(Jsoup.parse(html));
 * main.paragraphs();   // ["Heavy fighting broke out on Monday...", "Aid cut off", ...]
 * }</pre>
 *
 * @param paragraphs the body's paragraphs and subheadings, whitespace collapsed, in page order
 * @param captions picture captions and credits, whitespace collapsed
 */
public record MainText(List<String> paragraphs, List<String> captions) {
  /** An element that holds this share of the page's prose is the page, whatever its name. */
  private static final double WRAPPER = 0.5;

  /** The article holds at least this share of the page's prose. */
  private static final double HOLDS = 0.75;

  /** Above this share of link text a block in the article is a link list, not a paragraph. */
  private static final double LINK_LIST = 0.5;

  /** Elements that hold one block of text, never an article with its pictures. */
  private static final java.util.Set<String> TEXT_LEVEL =
      java.util.Set.of("p", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "td");

  /** The page's text misses more than this share of its JSON-LD body: it is not the article. */
  private static final double MISSED = 0.5;

  public MainText {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
  }

  /** Finds the main text of a parsed page; never null, possibly empty. */
  public static MainText of(Document page) {
    Element body = page.body();
    if (body == null) {
      return new MainText(List.of(), List.of());
    }
    List<TextBlock> everything = TextBlocks.of(body, Boilerplate::isNeverText);
    Prose all = Prose.of(everything, body);
    Prose inParagraphs = Prose.ofParagraphs(everything, body);
    List<TextBlock> blocks = TextBlocks.of(body, e -> Boilerplate.isNeverText(e)
        || Boilerplate.isBoilerplate(e) && !holdsThePage(e, all, inParagraphs));
    Element article = article(body, Prose.of(blocks, body));
    List<TextBlock> kept = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (TextBlock block : blocks) {
      if (!within(block.owner(), article)) {
        continue;
      }
      if (block.caption() || Boilerplate.isCreditLine(block.text())) {
        captions.add(block.text());
      } else if (block.linkDensity() <= LINK_LIST && !Boilerplate.isLabel(block.text())
          && !Boilerplate.isNotice(block.text())) {
        kept.add(block);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    standfirst(page, blocks, article).ifPresent(paragraphs::add);
    trimmed(kept).forEach(b -> paragraphs.add(b.text()));
    Optional<List<String>> stated = LinkedDataBody.of(page);
    if (stated.isPresent() && LinkedDataBody.words(stated.get()) >= LinkedDataBody.MIN_WORDS
        && LinkedDataBody.missedBy(stated.get(), paragraphs) > MISSED) {
      return new MainText(stated.get(), captions);
    }
    return new MainText(paragraphs, captions);
  }

  /**
   * The standfirst: the summary under the headline, often set above the article's container, told
   * by being the page's own description ({@code og:description}) shown before the article.
   */
  private static Optional<String> standfirst(Document page, List<TextBlock> blocks,
      Element article) {
    Element meta = page.selectFirst(
        "meta[property=og:description], meta[name=description], meta[name=twitter:description]");
    if (meta == null) {
      return Optional.empty();
    }
    String description = meta.attr("content").replaceAll("(?U)\\s+", " ").strip();
    if (description.isEmpty()) {
      return Optional.empty();
    }
    for (TextBlock block : blocks) {
      if (within(block.owner(), article)) {
        return Optional.empty();
      }
      if (block.text().equals(description)) {
        return Optional.of(description);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an element holds most of the page's prose, both of all its blocks and of its {@code
   * <p>}s (when it has any): then it is the page, whatever its name. Both, because a sidebar of
   * teaser snippets can hold most of the text but few paragraphs, and a footer of product blurbs
   * most of the paragraphs of a page that writes its article in {@code <div>}s.
   */
  private static boolean holdsThePage(Element e, Prose all, Prose inParagraphs) {
    return all.share(e) >= WRAPPER
        && (inParagraphs.total() == 0 || inParagraphs.share(e) >= WRAPPER);
  }

  /**
   * The blocks less the scraps at either edge of the article: before its first prose, a date, a
   * section's name or a byline; after its last, a tag, a label or a heading over nothing. A
   * heading before the first prose stays, as it may head the first section.
   */
  private static List<TextBlock> trimmed(List<TextBlock> blocks) {
    int from = 0;
    while (from < blocks.size() && isScrap(blocks.get(from)) && !blocks.get(from).heading()) {
      from++;
    }
    int to = blocks.size();
    while (to > from && isScrap(blocks.get(to - 1))) {
      to--;
    }
    return from < to ? blocks.subList(from, to) : blocks;
  }

  /**
   * Short and no sentence: a short last line such as "The film opens on May 3." is body, and so
   * is a list's item (tags and link lists are gone by their links already).
   */
  private static boolean isScrap(TextBlock block) {
    if (block.owner().normalName().equals("li")) {
      return false;
    }
    String text = block.text();
    char last = text.charAt(text.length() - 1);
    boolean sentence = ".!?…\"”’)".indexOf(last) >= 0 && text.indexOf(' ') > 0;
    return !Prose.isProse(block) && !sentence;
  }

  /**
   * Goes down from the body while one child still holds nearly all the prose, but never into a
   * paragraph: an article of one paragraph is still the element around it, with its figures.
   */
  private static Element article(Element body, Prose prose) {
    if (prose.total() == 0) {
      return body;
    }
    Element best = body;
    while (true) {
      Element next = null;
      for (Element child : best.children()) {
        if (prose.share(child) >= HOLDS && !TEXT_LEVEL.contains(child.normalName())) {
          next = child;
          break;
        }
      }
      if (next == null) {
        return best;
      }
      best = next;
    }
  }

  private static boolean within(Element element, Element ancestor) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
