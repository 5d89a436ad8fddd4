package org.sitrep.ingest.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's own text in a page: its paragraphs, in order, without navigation, adverts, share
 * bars, related links, cookie banners or comments; and the captions and credits of its pictures,
 * kept apart.
 *
 * @param paragraphs the body's paragraphs and subheadings, whitespace collapsed, in page order
 * @param captions picture captions and credits, whitespace collapsed
 */
public record MainText(List<String> paragraphs, List<String> captions) {
  public MainText {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
  }

  /** Finds the main text of a parsed page; never null, possibly empty. */
  public static MainText of(Document page) {
    List<String> paragraphs = page.select("p").stream().map(Element::text)
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<String> captions = page.select("figcaption").stream().map(Element::text)
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new MainText(paragraphs, captions);
  }
}
