package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A date written where a reader sees it near the headline: "Published 17 May 2023", "May 17, 2023
 * 10:04 AM". It is looked for in short pieces of text (a date line, a byline's span) just before
 * and after the headline; never inside running prose or a caption, whose dates are those of the
 * events told or pictured, and never in navigation, footers and sidebars, whose dates are today's
 * or other stories'. Of those dates, one introduced as the publication date wins, then the first
 * that is not introduced as an update, then an update's.
 */
final class VisibleDate {
  /** How much text after the headline a page's date line can be, in characters. */
  private static final int AFTER = 1500;
  /** How much before: some pages put the date line above the headline. */
  private static final int BEFORE = 300;
  /** Text longer than this is prose (or a whole block of the page), not a date line. */
  private static final int SHORT = 120;
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)\\b(published|posted|date|on)\\b\\W{0,3}(\\p{L}+\\W{0,3}){0,2}$");
  private static final Pattern UPDATED = Pattern.compile(
      "(?i)\\b(updated|modified|edited)\\b\\W{0,3}(\\p{L}+\\W{0,3}){0,2}$");

  private VisibleDate() {}

  static Optional<LocalDate> of(Document page, DateText dates) {
    Element body = page.body();
    if (body == null) {
      return Optional.empty();
    }
    Element shown = body.clone();
    shown.select("script, style, noscript, nav, footer, aside, form, figure, figcaption,"
        + " [role=navigation], [role=contentinfo], [aria-hidden=true]").remove();
    // Pages put an author and a date in adjacent inline elements with no space between them.
    shown.select("*").forEach(e -> e.appendText(" "));
    Element h1 = shown.selectFirst("article h1, main h1, h1");
    List<Piece> pieces = new ArrayList<>();
    int heading = collect(shown, h1, pieces);
    return firstDate(near(pieces, heading), dates);
  }

  /**
   * Adds the pieces of text under {@code e} in reading order and returns the index of the
   * headline among them, or -1.
   */
  private static int collect(Element e, Element h1, List<Piece> pieces) {
    int heading = -1;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode text) {
        String words = PageTitle.clean(text.text());
        if (!words.isEmpty()) {
          pieces.add(new Piece(words, words.length() <= SHORT));
        }
      } else if (child instanceof Element element) {
        String words = PageTitle.clean(element.text());
        if (element == h1) {
          heading = pieces.size();
          pieces.add(new Piece(words, true));
        } else if (!words.isEmpty() && words.length() <= SHORT) {
          pieces.add(new Piece(words, true));
        } else if (!words.isEmpty() && prose(element)) {
          pieces.add(new Piece(words, false));
        } else if (!words.isEmpty()) {
          int inner = collect(element, h1, pieces);
          heading = inner >= 0 ? inner : heading;
        }
      }
    }
    return heading;
  }

  /**
   * A paragraph, or a block that holds much text of its own: running prose, which is read in
   * whole or not at all, since its short fragments between links are no date lines.
   */
  private static boolean prose(Element e) {
    return e.nameIs("p") || e.nameIs("blockquote") || PageTitle.clean(e.ownText()).length() > SHORT / 2;
  }

  /** The pieces within reach of the headline, or at the top of the page if there is none. */
  private static String near(List<Piece> pieces, int heading) {
    int start = Math.max(heading, 0);
    int budget = heading < 0 ? 0 : BEFORE;
    while (start > 0 && budget - pieces.get(start - 1).text().length() >= 0) {
      budget -= pieces.get(--start).text().length();
    }
    StringBuilder text = new StringBuilder();
    int read = 0;
    int limit = AFTER + (heading < 0 ? BEFORE : pieces.get(heading).text().length() + BEFORE);
    for (int i = start; i < pieces.size() && read < limit; i++) {
      Piece piece = pieces.get(i);
      read += piece.text().length();
      if (piece.dateLine()) {
        text.append(piece.text()).append(" | ");
      }
    }
    return text.toString();
  }

  /**
   * A piece of the page's text in reading order; prose counts towards the distance from the
   * headline but is not searched.
   */
  private record Piece(String text, boolean dateLine) {}

  private static Optional<LocalDate> firstDate(String text, DateText dates) {
    Optional<LocalDate> plain = Optional.empty();
    Optional<LocalDate> updated = Optional.empty();
    int next = 0;
    while (true) {
      Optional<DateText.Found> found = dates.find(text, next);
      if (found.isEmpty()) {
        break;
      }
      DateText.Found date = found.get();
      String before = text.substring(Math.max(0, date.start() - 40), date.start());
      if (PUBLISHED.matcher(before).find()) {
        return Optional.of(date.date());
      }
      if (UPDATED.matcher(before).find()) {
        updated = updated.isPresent() ? updated : Optional.of(date.date());
      } else if (plain.isEmpty()) {
        plain = Optional.of(date.date());
      }
      next = date.end();
    }
    return plain.isPresent() ? plain : updated;
  }
}
