package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A date written where a reader sees it near the headline: "Published 17 May 2023", "May 17, 2023
 * 10:04 AM". Navigation, footers and sidebars are left out, since their dates are today's or other
 * stories'. Of the dates after the headline, one introduced as the publication date wins, then the
 * first that is not introduced as an update.
 */
final class VisibleDate {
  /** How far after the headline a page's date line can be, in characters of text. */
  private static final int AFTER = 1500;
  /** How far before: some pages put the date line above the headline. */
  private static final int BEFORE = 300;
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
    shown.select("script, style, noscript, nav, footer, aside, form, [role=navigation],"
        + " [role=contentinfo], [aria-hidden=true]").remove();
    // Pages put an author and a date in adjacent inline elements with no space between them.
    shown.select("*").forEach(e -> e.appendText(" "));
    String text = shown.text();
    Element h1 = shown.selectFirst("article h1, main h1, h1");
    int at = h1 == null ? -1 : text.indexOf(h1.text());
    int from = Math.max(0, at - BEFORE);
    int to = Math.min(text.length(), (at < 0 ? 0 : at + h1.text().length()) + AFTER);
    String window = text.substring(from, to);
    Optional<LocalDate> plain = Optional.empty();
    Optional<LocalDate> updated = Optional.empty();
    int next = 0;
    while (true) {
      Optional<DateText.Found> found = dates.find(window, next);
      if (found.isEmpty()) {
        break;
      }
      DateText.Found date = found.get();
      String before = window.substring(Math.max(0, date.start() - 40), date.start());
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
