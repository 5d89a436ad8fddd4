package org.sitrep.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RSS 0.9x, 1.0 and 2.0 and Atom, through ROME. ROME gives dates as instants; the date as the feed
 * wrote it comes from {@link WrittenDates} instead, so that a late-evening report in the Americas
 * is not dated the next day.
 */
final class XmlFeeds {
  private XmlFeeds() {}

  static Feed parse(byte[] bytes, Optional<String> base) throws NotAFeed {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      // No DOCTYPEs: no entity expansion, no external entities fetched (XXE).
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new NotAFeed("malformed XML" + where + " (" + rootCause(e) + ")");
    } catch (FeedException | IllegalArgumentException e) {
      throw new NotAFeed("XML but not RSS or Atom (" + oneLine(e.getMessage()) + ")");
    } catch (IOException e) {
      throw new NotAFeed("cannot decode the XML (" + oneLine(e.getMessage()) + ")");
    }
    List<SyndEntry> entries = feed.getEntries();
    List<Optional<LocalDate>> written = WrittenDates.of(bytes, entries.size());
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      Optional<LocalDate> date = written.get(i).or(() -> utcDate(entry));
      items.add(new FeedItem(i + 1, Links.resolve(base, entry.getLink()),
          Links.nonBlank(entry.getUri()), Links.nonBlank(entry.getTitle()).map(String::strip),
          date, content(entry)));
    }
    return new Feed(Links.nonBlank(feed.getTitle()).map(String::strip).orElse(""), items);
  }

  /** Full content (content:encoded, Atom content) before the description or summary. */
  private static Optional<String> content(SyndEntry entry) {
    StringBuilder full = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        full.append(ItemHtml.of(content.getValue(), isText(content))).append('\n');
      }
    }
    if (full.length() > 0) {
      return Optional.of(full.toString());
    }
    SyndContent description = entry.getDescription();
    if (description != null && description.getValue() != null
        && !description.getValue().isBlank()) {
      return Optional.of(ItemHtml.of(description.getValue(), isText(description)));
    }
    return Optional.empty();
  }

  private static boolean isText(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain");
  }

  private static Optional<LocalDate> utcDate(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate()
        : entry.getUpdatedDate();
    return Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC)
        .toLocalDate());
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return oneLine(root.getMessage() == null ? root.getClass().getSimpleName()
        : root.getMessage());
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
