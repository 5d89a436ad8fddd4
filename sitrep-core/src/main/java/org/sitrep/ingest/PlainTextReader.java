package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.DateSource;
import org.sitrep.model.Span;

/**
 * Reads a UTF-8 plain-text news report. The article text is the decoded input exactly (only a
 * leading byte order mark is dropped), so every offset later found points into what the user gave.
 *
 * <p>Besides decoding, the reader marks what is not body: the title (the first line when a blank
 * line sets it apart and it reads as a headline), photo captions and credits, bylines, the dateline
 * prefix of the first body line, and production notes such as reporting credits. Each rule lives in
 * its own class ({@link Headline}, {@link CaptionDetector}, {@link Byline}, {@link Dateline},
 * {@link ProductionNote}) so it can be tested alone. Thread-safe: it keeps no per-call state.
 *
 * <pre>{@code
 * ArticleReader reader = new PlainTextReader();
 * Article article = reader.read(new ArticleInput("report.txt", bytes, Optional.empty(), ""));
 * }</pre>
 */
public final class PlainTextReader implements ArticleReader {
  private final Utf8Decoder decoder = new Utf8Decoder();
  private final CaptionDetector captions = new CaptionDetector();
  private final ProductionNote notes = new ProductionNote();

  @Override
  public Article read(ArticleInput input) throws InputProblem {
    String text = decoder.decode(input);
    List<Paragraph> paragraphs = Layout.paragraphs(text);
    Optional<Line> title = title(paragraphs);
    Front front = new Front();
    for (Paragraph paragraph : paragraphs) {
      String words = slice(text, paragraph.span());
      if (!paragraph.isOneLine() && captions.isCaption(words) || PageChrome.isChrome(words)) {
        front.nonBody.add(paragraph.span());
        continue;
      }
      for (int i = 0; i < paragraph.lines().size(); i++) {
        Line line = paragraph.lines().get(i);
        if (title.map(line::equals).orElse(false)) {
          continue;
        }
        boolean label = paragraph.isOneLine() && Subheading.isSubheading(line.text())
            || Subheading.isLabelItem(line.text());
        if (front.bodyStarted && label) {
          front.nonBody.add(line.span());
          continue;
        }
        classify(line, paragraph.standsAlone(i), front);
      }
    }
    Hints hints = input.hints();
    String source = !input.source().isBlank() ? input.source()
        : !hints.source().isBlank() ? hints.source() : front.agency.orElse("");
    // The user's date, else the container's (a JSON Lines field, a feed item's date), else the
    // dateline's when it gives a year ("NAIROBI, 3 May 2021 -").
    Optional<LocalDate> published = input.published().or(hints::published);
    DateSource from = input.published().isPresent() ? DateSource.GIVEN
        : published.isPresent() ? DateSource.CONTAINER
        : front.date.isPresent() ? DateSource.TEXT : DateSource.NONE;
    published = published.or(() -> front.date);
    ArticleMetadata metadata =
        new ArticleMetadata(
            title.map(Line::text).or(hints::title).orElse(""),
            source,
            published,
            from,
            front.place,
            front.byline,
            hints.url(),
            Optional.empty(),
            title.map(Line::span).orElse(new Span(0, 0)),
            front.nonBody);
    return new Article(input.id(), text, metadata);
  }

  /**
   * Captions and production notes may stand anywhere; bylines and the dateline only before the body
   * begins, because later a "Place - Name" line is more likely a subheading than a byline. A
   * caption must stand alone: a short wrapped line that mentions Getty Images is part of a
   * sentence.
   */
  private void classify(Line line, boolean standsAlone, Front front) {
    boolean caption =
        captions.isCaption(line.text()) && (standsAlone || captions.isLabelled(line.text()));
    if (caption || notes.isNote(line.text())) {
      front.nonBody.add(line.span());
      return;
    }
    if (front.bodyStarted) {
      return;
    }
    Optional<Byline> byline = Byline.read(line.text());
    if (byline.isPresent()) {
      front.nonBody.add(line.span());
      front.byline = front.byline.or(() -> byline.get().person());
      front.place = front.place.or(() -> byline.get().place());
      return;
    }
    Optional<Dateline> dateline = Dateline.find(line);
    dateline.ifPresent(
        d -> {
          front.nonBody.add(d.span());
          // The dateline is where the report was filed from, so it outranks a byline's place.
          front.place = d.place().isEmpty() ? front.place : Optional.of(d.place());
          front.agency = d.agency();
          front.date = d.date();
        });
    // A line that is only a dateline ("BEIRUT (Reuters) -") leaves the body still to come.
    front.bodyStarted = dateline.map(d -> d.span().end() < line.span().end()).orElse(true);
  }

  /**
   * The first line, if it reads as a headline and the text goes on after it: set apart by a blank
   * line, or on a line of its own above a dateline or in title case ("Army Retakes The Town" over
   * "KABUL, May 3 -"), as wire copy pasted without blank lines has it. A first line of hard-wrapped
   * text is neither, so it stays body.
   */
  private Optional<Line> title(List<Paragraph> paragraphs) {
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    Paragraph first = paragraphs.get(0);
    Line line = first.lines().get(0);
    boolean setApart = first.isOneLine() && paragraphs.size() >= 2;
    boolean onItsOwnLine = !first.isOneLine() && first.standsAlone(0)
        && (Headline.isTitleCase(line.text()) || Dateline.find(first.lines().get(1)).isPresent());
    if (!setApart && !onItsOwnLine) {
      return Optional.empty();
    }
    boolean otherKind =
        captions.isCaption(line.text())
            || notes.isNote(line.text())
            || Byline.read(line.text()).isPresent()
            || Dateline.find(line).filter(d -> d.span().equals(line.span())).isPresent();
    return Headline.isHeadline(line.text()) && !otherKind ? Optional.of(line) : Optional.empty();
  }

  private static String slice(String text, Span span) {
    return text.substring(span.start(), span.end());
  }

  /** What one read learns about the report's front matter; lives for a single call. */
  private static final class Front {
    final List<Span> nonBody = new ArrayList<>();
    Optional<String> byline = Optional.empty();
    Optional<String> place = Optional.empty();
    Optional<String> agency = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    boolean bodyStarted;
  }
}
