package org.sitrep.ingest.html;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.PlainTextReader;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.DateSource;
import org.sitrep.model.Span;

/**
 * Reads a news web page: its main text ({@link MainText}) and what it says about itself ({@link
 * PageFacts}). The article's text is the title, a blank line, the body's paragraphs separated by
 * blank lines, then the captions: so offsets point into text a person can read, and the plain-text
 * rules still find the dateline and byline at the head of the body.
 *
 * <p>What is known is trusted in this order: what the user gave ({@code --published}, {@code
 * --source}), what the container said (a feed item's date, a JSON Lines field), then the page's own
 * metadata. Thread-safe.
 */
public final class HtmlReader implements ArticleReader {
  /** Bylines and datelines stand in the first paragraphs of the body, if anywhere. */
  private static final int HEAD_PARAGRAPHS = 2;

  private final PlainTextReader text;

  public HtmlReader(PlainTextReader text) {
    this.text = text;
  }

  @Override
  public Article read(ArticleInput input) throws InputProblem {
    Document page = PageDecoder.parse(input);
    PageFacts facts = PageFacts.of(page, input.hints().url());
    MainText main = MainText.of(page);
    if (main.paragraphs().isEmpty()) {
      throw new InputProblem(input.id(), "no article text found in the page");
    }
    String title = facts.title().or(() -> input.hints().title()).orElse("");
    StringBuilder composed = new StringBuilder(title);
    Span titleSpan = new Span(0, title.length());
    int head = 0;
    for (int i = 0; i < main.paragraphs().size(); i++) {
      composed.append(composed.length() == 0 ? "" : "\n\n").append(main.paragraphs().get(i));
      if (i < HEAD_PARAGRAPHS) {
        head = composed.length();
      }
    }
    List<Span> captions = new ArrayList<>();
    for (String caption : main.captions()) {
      composed.append("\n\n");
      captions.add(new Span(composed.length(), composed.length() + caption.length()));
      composed.append(caption);
    }
    String body = composed.toString();
    // The plain-text rules find the dateline and a byline at the head of the body. What they would
    // cut further down (a short line as a subheading, a label, a credit) the page's own structure
    // has already told: headings and list items there are the article's, captions are apart.
    Article plain = text.read(new ArticleInput(input.id(), body.getBytes(StandardCharsets.UTF_8),
        Optional.empty(), ""));
    ArticleMetadata found = plain.metadata();
    for (Span span : found.captions()) {
      if (span.end() <= head && !titleSpan.contains(span) && !captions.contains(span)) {
        captions.add(span);
      }
    }
    Optional<LocalDate> published = input.published();
    DateSource from = DateSource.GIVEN;
    if (published.isEmpty() && input.hints().published().isPresent()) {
      published = input.hints().published();
      from = DateSource.CONTAINER;
    } else if (published.isEmpty() && facts.published().isPresent()) {
      published = Optional.of(facts.published().get().date());
      from = facts.published().get().from();
    } else if (published.isEmpty()) {
      from = DateSource.NONE;
    }
    String source = firstNonBlank(input.source(), input.hints().source(),
        facts.siteName().orElse(""), found.source());
    ArticleMetadata metadata = new ArticleMetadata(title, source, published, from,
        found.datelinePlace(), facts.byline().or(found::byline),
        facts.canonicalUrl().or(() -> input.hints().url()), Optional.empty(), titleSpan,
        captions);
    return new Article(input.id(), body, metadata);
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (!value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }
}
