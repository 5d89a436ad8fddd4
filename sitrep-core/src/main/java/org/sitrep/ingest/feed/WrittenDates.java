package org.sitrep.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The date part of each item's date as the feed wrote it, read from the XML text itself: ROME
 * converts "Mon, 30 Nov 2026 23:30:00 -0500" to an instant, which is 1 December in UTC.
 */
final class WrittenDates {
  /** Item date elements by local name, most telling first. */
  private static final List<String> NAMES =
      List.of("pubdate", "published", "issued", "date", "created", "updated", "modified");

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern RFC822 =
      Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{4}|\\d{2})\\b");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec");

  private WrittenDates() {}

  /**
   * One date per item in document order; all empty when the items found here are not the {@code
   * count} items ROME found (then ROME's own dates serve).
   */
  static List<Optional<LocalDate>> of(byte[] xml, int count) {
    Document doc = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
    List<Element> items = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      String name = localName(element);
      if (name.equals("item") || name.equals("entry")) {
        items.add(element);
      }
    }
    if (items.size() != count) {
      return Collections.nCopies(count, Optional.empty());
    }
    List<Optional<LocalDate>> dates = new ArrayList<>();
    for (Element item : items) {
      dates.add(dateOf(item));
    }
    return dates;
  }

  private static Optional<LocalDate> dateOf(Element item) {
    for (String wanted : NAMES) {
      for (Element child : item.children()) {
        if (localName(child).equals(wanted)) {
          Optional<LocalDate> date = parse(child.text());
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "2026-11-30T…" or "Mon, 30 Nov 2026 …"; empty for anything else. */
  static Optional<LocalDate> parse(String text) {
    try {
      Matcher iso = ISO.matcher(text.strip());
      if (iso.find()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
      }
      Matcher rfc = RFC822.matcher(text);
      if (rfc.find()) {
        int month = MONTHS.indexOf(rfc.group(2).toLowerCase(Locale.ROOT)) + 1;
        int year = Integer.parseInt(rfc.group(3));
        if (month > 0) {
          return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, month,
              Integer.parseInt(rfc.group(1))));
        }
      }
    } catch (DateTimeException e) {
      // "31 Feb": not a date; ROME's reading, if any, serves.
    }
    return Optional.empty();
  }

  private static String localName(Element element) {
    String name = element.tagName().toLowerCase(Locale.ROOT);
    return name.substring(name.indexOf(':') + 1);
  }
}
