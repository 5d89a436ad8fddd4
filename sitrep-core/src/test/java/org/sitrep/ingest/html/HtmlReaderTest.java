package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.BodyText;
import org.sitrep.ingest.Hints;
import org.sitrep.ingest.InputKind;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.PlainTextReader;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Span;

class HtmlReaderTest {
  private static final String PAGE = """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>Troops retake Kidal</title></head>
      <body><article><h1>Troops retake Kidal</h1>
      <p>KIDAL, Mali - Government troops retook the northern town of Kidal on Tuesday after two
      days of fighting with rebels, the army said.</p>
      <figure><img src="a.jpg"><figcaption>Soldiers at a checkpoint in Kidal.</figcaption></figure>
      <p>Three soldiers were killed and five wounded, a military source said.</p>
      </article></body></html>
      """;

  private final HtmlReader reader = new HtmlReader(new PlainTextReader());

  private static ArticleInput input(String html, Optional<LocalDate> published, Hints hints) {
    return new ArticleInput("page.html", html.getBytes(StandardCharsets.UTF_8), published, "",
        InputKind.HTML, hints);
  }

  private static String slice(Article article, Span span) {
    return article.text().substring(span.start(), span.end());
  }

  @Test
  void readsTitleBodyAndCaptionsApart() throws InputProblem {
    Article article = reader.read(input(PAGE, Optional.empty(), Hints.NONE));
    assertEquals("Troops retake Kidal", article.metadata().title());
    assertEquals("Troops retake Kidal", slice(article, article.metadata().titleSpan()));
    String body = BodyText.of(article);
    assertTrue(body.contains("Government troops retook the northern town of Kidal on Tuesday"
        + " after two days of fighting"), body);
    assertTrue(body.contains("\n\nThree soldiers were killed"), body);
    assertFalse(body.contains("Soldiers at a checkpoint"), body);
    assertTrue(article.metadata().captions().stream()
        .anyMatch(s -> slice(article, s).equals("Soldiers at a checkpoint in Kidal.")));
    assertEquals(Optional.of("Kidal, Mali"), article.metadata().datelinePlace());
  }

  @Test
  void theUsersDateOutranksTheContainersWhichOutranksThePagesOwn() throws InputProblem {
    LocalDate user = LocalDate.of(2024, 5, 3);
    LocalDate feed = LocalDate.of(2024, 5, 2);
    Hints fromFeed = new Hints(Optional.of("https://example.org/kidal"), Optional.empty(),
        Optional.of(feed), "Example Wire", Optional.empty());
    Article given = reader.read(input(PAGE, Optional.of(user), fromFeed));
    assertEquals(Optional.of(user), given.metadata().published());
    assertEquals(DateSource.GIVEN, given.metadata().publishedFrom());
    Article contained = reader.read(input(PAGE, Optional.empty(), fromFeed));
    assertEquals(Optional.of(feed), contained.metadata().published());
    assertEquals(DateSource.CONTAINER, contained.metadata().publishedFrom());
    assertEquals("Example Wire", contained.metadata().source());
    assertEquals(Optional.of("https://example.org/kidal"), contained.metadata().url());
  }

  @Test
  void anUndeclaredLegacyEncodingIsReadAsWindows1252() throws InputProblem {
    String page = "<html><body><p>Residents of Saint-Andr\u00e9 said the caf\u00e9 was shelled"
        + " on Monday \u2013 twice.</p></body></html>";
    byte[] legacy = page.getBytes(Charset.forName("windows-1252"));
    Article article = reader.read(new ArticleInput("old.html", legacy, Optional.empty(), "",
        InputKind.HTML, Hints.NONE));
    assertTrue(BodyText.of(article).contains("Saint-Andr\u00e9 said the caf\u00e9 was shelled on"
        + " Monday \u2013 twice."), BodyText.of(article));
  }

  @Test
  void theHttpHeadersCharsetOutranksThePagesMeta() throws InputProblem {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Fighting near"
        + " Saint-Andr\u00e9 went on through the night, residents said.</p></body></html>";
    byte[] latin1 = page.getBytes(StandardCharsets.ISO_8859_1);
    Hints http = Hints.NONE.withCharset(Optional.of(StandardCharsets.ISO_8859_1));
    Article article = reader.read(new ArticleInput("latin.html", latin1, Optional.empty(), "",
        InputKind.HTML, http));
    assertTrue(BodyText.of(article).contains("Saint-Andr\u00e9"), BodyText.of(article));
  }

  @Test
  void aPageWithoutTextIsAProblemNamingIt() {
    InputProblem problem = assertThrows(InputProblem.class, () -> reader.read(
        input("<html><head><title>Gallery</title></head><body><img src=x.jpg></body></html>",
            Optional.empty(), Hints.NONE)));
    assertTrue(problem.getMessage().startsWith("page.html: "), problem.getMessage());
    assertThrows(InputProblem.class, () -> reader.read(input("", Optional.empty(), Hints.NONE)));
  }
}
