package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Span;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  private Article read(String text) throws InputProblem {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private Article read(byte[] bytes) throws InputProblem {
    return reader.read(new ArticleInput("report.txt", bytes, Optional.empty(), ""));
  }

  private static String slice(Article article, Span span) {
    return article.text().substring(span.start(), span.end());
  }

  private static List<String> nonBodyTexts(Article article) {
    return article.metadata().captions().stream().map(s -> slice(article, s)).toList();
  }

  private String problem(byte[] bytes) {
    return assertThrows(InputProblem.class, () -> read(bytes)).getMessage();
  }

  @Test
  void theDatelineAgencyIsTheSourceWhenTheUserNamesNone() throws InputProblem {
    String text = "Blast in Kabul\n\nKABUL (Reuters) - A bomb exploded near a market on Friday.";
    assertEquals("Reuters", read(text).metadata().source());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Article named = reader.read(new ArticleInput("r.txt", bytes, Optional.empty(), "Kabul Desk"));
    assertEquals("Kabul Desk", named.metadata().source());
  }

  @Test
  void titleIsTheFirstLineThatABlankLineSetsApart() throws InputProblem {
    Article article =
        read("Militia Shells Village Near Border\n\nShelling hit the village at dawn.\n");
    assertEquals("Militia Shells Village Near Border", article.metadata().title());
    assertEquals(
        "Militia Shells Village Near Border", slice(article, article.metadata().titleSpan()));
  }

  @Test
  void textIsTheInputExactly() throws InputProblem {
    String text = "  Headline Here  \n\n\tBody line one.  \n\n\n";
    assertEquals(text, read(text).text());
  }

  @Test
  void noTitleWhenTheFirstLineRunsIntoTheNext() throws InputProblem {
    Article article = read("Gunmen attacked a checkpoint\nnear the town on Monday.\n\nTwo died.");
    assertEquals("", article.metadata().title());
    assertEquals(new Span(0, 0), article.metadata().titleSpan());
  }

  @Test
  void noTitleWhenTheFirstParagraphIsAFullSentence() throws InputProblem {
    Article article = read("Gunmen attacked a checkpoint near the town on Monday.\n\nTwo died.");
    assertEquals("", article.metadata().title());
  }

  @Test
  void noTitleWhenTheReportIsOneParagraph() throws InputProblem {
    assertEquals("", read("Clashes Erupt In The North").metadata().title());
  }

  @Test
  void leadingBomIsDroppedAndOffsetsCountFromTheText() throws InputProblem {
    byte[] body = "Army Retakes Hill\n\nThe army retook the hill.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Article article = read(bytes);
    assertTrue(article.text().startsWith("Army"));
    assertEquals(new Span(0, 17), article.metadata().titleSpan());
  }

  @Test
  void crlfLineEndsStayInTheTextAndStayOutOfSpans() throws InputProblem {
    String text =
        "Strikes Hit Depot\r\n\r\nPhoto: a burning depot\r\n\r\nAircraft hit the depot.\r\n";
    Article article = read(text);
    assertEquals(text, article.text());
    assertEquals("Strikes Hit Depot", slice(article, article.metadata().titleSpan()));
    assertEquals(List.of("Photo: a burning depot"), nonBodyTexts(article));
  }

  @Test
  void reutersCreditLineIsACaptionAndNotBody() throws InputProblem {
    String caption = "Fighters rest near a river, Syria May 2, 2016. REUTERS/Sam Example";
    Article article =
        read("Fighters Advance\n\n" + caption + "\n\nThe fighters advanced on Tuesday.");
    assertEquals(List.of(caption), nonBodyTexts(article));
    int dateOffset = article.text().indexOf("May 2, 2016");
    assertTrue(article.isNonBody(dateOffset));
    assertFalse(article.isNonBody(article.text().indexOf("advanced on")));
  }

  @Test
  void bodySentenceThatQuotesReutersStaysBody() throws InputProblem {
    Article article =
        read("Talks Stall\n\nAn official told Reuters on Sunday that talks had stalled again.");
    assertTrue(article.metadata().captions().isEmpty());
  }

  @Test
  void placeDashNameLineIsABylineWithPlace() throws InputProblem {
    Article article = read("Town Falls\n\nAleppo- Mona Example\n\nThe town fell on Friday.");
    assertEquals(Optional.of("Mona Example"), article.metadata().byline());
    assertEquals(Optional.of("Aleppo"), article.metadata().datelinePlace());
    assertEquals(List.of("Aleppo- Mona Example"), nonBodyTexts(article));
  }

  @Test
  void byNameLineIsAByline() throws InputProblem {
    Article article = read("Town Falls\n\nBy Omar Example\n\nThe town fell on Friday.");
    assertEquals(Optional.of("Omar Example"), article.metadata().byline());
    assertEquals(Optional.empty(), article.metadata().datelinePlace());
    assertEquals(List.of("By Omar Example"), nonBodyTexts(article));
  }

  @Test
  void namePipePlaceLineIsABylineWithPlace() throws InputProblem {
    Article article = read("Town Falls\n\nLina Example | Erbil\n\nThe town fell on Friday.");
    assertEquals(Optional.of("Lina Example"), article.metadata().byline());
    assertEquals(Optional.of("Erbil"), article.metadata().datelinePlace());
  }

  @Test
  void datelineOpeningTheBodyIsNonBodyButItsSentenceIsBody() throws InputProblem {
    Article article =
        read("Troops Push On\n\nKIRKUK, Iraq (AP) — Iraqi troops pushed on toward the old city.");
    assertEquals(Optional.of("Kirkuk, Iraq"), article.metadata().datelinePlace());
    assertEquals(List.of("KIRKUK, Iraq (AP) —"), nonBodyTexts(article));
    assertFalse(article.isNonBody(article.text().indexOf("Iraqi troops")));
  }

  @Test
  void aDatelineWithItsYearIsNonBody() throws InputProblem {
    Article article = read("NYERI, 3 May 2021 - Police shot a man in the town on Friday night.");
    assertEquals(Optional.of("Nyeri"), article.metadata().datelinePlace());
    assertEquals(List.of("NYERI, 3 May 2021 -"), nonBodyTexts(article));
    Article american = read("NYERI, May 3, 2021 - Police shot a man in the town on Friday.");
    assertEquals(List.of("NYERI, May 3, 2021 -"), nonBodyTexts(american));
    // With its year, the dateline dates the report when no one else did; "Friday" counts back
    // from it.
    assertEquals(Optional.of(LocalDate.of(2021, 5, 3)), article.metadata().published());
    assertEquals(DateSource.TEXT, article.metadata().publishedFrom());
    Article yearless = read("NYERI, May 3 - Police shot a man in the town on Friday.");
    assertEquals(Optional.empty(), yearless.metadata().published());
  }

  /** "[Translated from Indonesian]" between the title and the dateline is a note, not the lead. */
  @Test
  void aTranslationNoteBeforeTheDatelineLeavesTheDatelineFirst() throws InputProblem {
    Article article = read("Two workers shot dead near Sugapa\n\n[Translated from Indonesian]\n\n"
        + "JAYAPURA - Two construction workers were shot dead by gunmen on Wednesday.");
    assertEquals(Optional.of("Jayapura"), article.metadata().datelinePlace());
    assertTrue(article.isNonBody(article.text().indexOf("[Translated")));
  }

  @Test
  void datelineAloneOnItsLineIsNonBody() throws InputProblem {
    Article article = read("HOMS (Reuters) -\nRebels shelled a district of the city.");
    assertEquals(Optional.of("Homs"), article.metadata().datelinePlace());
    assertEquals(List.of("HOMS (Reuters) -"), nonBodyTexts(article));
  }

  @Test
  void datelineIsLookedForOnlyAtTheStartOfTheBody() throws InputProblem {
    Article article =
        read("Raid Reported\n\nA raid was reported.\n\nHAMA (Reuters) - Another line.");
    assertEquals(Optional.empty(), article.metadata().datelinePlace());
  }

  @Test
  void reportingCreditAtTheEndIsNonBody() throws InputProblem {
    String credit = "(Reporting by Ann Example; Editing by Bob Example)";
    Article article = read("Port Shelled\n\nThe port was shelled on Monday.\n\n" + credit);
    assertEquals(List.of(credit), nonBodyTexts(article));
  }

  @Test
  void imageCaptionLabelLineIsACaption() throws InputProblem {
    Article article = read("Camp Hit\n\nImage caption Families fled the camp\n\nThe camp was hit.");
    assertEquals(List.of("Image caption Families fled the camp"), nonBodyTexts(article));
  }

  @Test
  void sourceAndPublishedComeFromTheInput() throws InputProblem {
    LocalDate day = LocalDate.of(2017, 6, 9);
    byte[] bytes = "Body text only.".getBytes(StandardCharsets.UTF_8);
    Article article = reader.read(new ArticleInput("a.txt", bytes, Optional.of(day), "Daily"));
    assertEquals("a.txt", article.id());
    assertEquals("Daily", article.metadata().source());
    assertEquals(Optional.of(day), article.metadata().published());
  }

  @Test
  void emptyInputIsRejected() {
    assertEquals("report.txt: is empty; give it the text of a news report", problem(new byte[0]));
  }

  @Test
  void whitespaceOnlyInputIsRejected() {
    String message = problem(" \n\t\r\n  ".getBytes(StandardCharsets.UTF_8));
    assertTrue(message.startsWith("report.txt: is empty"), message);
  }

  @Test
  void inputWithNulBytesIsRejectedAsBinary() {
    String message = problem(new byte[] {'a', 'b', 0, 'c'});
    assertTrue(message.contains("looks like a binary file, not text"), message);
    assertTrue(message.contains("offset 2"), message);
  }

  @Test
  void inputFullOfControlBytesIsRejectedAsBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'x');
    }
    assertTrue(problem(bytes).contains("looks like a binary file, not text"));
  }

  @Test
  void invalidUtf8IsRejectedWithTheByteOffset() {
    byte[] bytes = {'O', 'k', ' ', (byte) 0xE9, 't', 'e'}; // Latin-1 "été" fragment
    assertEquals(
        "report.txt: is not valid UTF-8 (bad byte at offset 3); save it as UTF-8", problem(bytes));
  }

  @Test
  void invalidUtf8AfterABomCountsTheBomInTheOffset() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
    assertTrue(problem(bytes).contains("bad byte at offset 4"));
  }

  @Test
  void utf8CutOffMidCharacterIsRejected() {
    byte[] bytes = {'a', 'b', (byte) 0xD8};
    assertTrue(problem(bytes).contains("bad byte at offset 2"));
  }

  @Test
  void utf16InputIsRejectedWithTheFix() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
    assertTrue(problem(bytes).contains("save it as UTF-8"));
  }

  @Test
  void problemMessagesAreOneLine() {
    assertFalse(problem(new byte[] {(byte) 0xC3}).contains("\n"));
  }

  @Test
  void longInputIsReadWhole() throws InputProblem {
    StringBuilder text = new StringBuilder("Long Report\n\n");
    while (text.length() < 100_000) {
      text.append("Fighting continued in the district for another day, residents said.\n\n");
    }
    Article article = read(text.toString());
    assertEquals(text.toString(), article.text());
    assertEquals("Long Report", article.metadata().title());
  }

  @Test
  void longSingleLineInputIsReadWhole() throws InputProblem {
    String text = "word ".repeat(25_000);
    assertEquals(text, read(text).text());
  }

  @Test
  void arabicAndAccentedTextIsKeptExactly() throws InputProblem {
    String text = "اشتباكات في حلب\n\nQuelques échanges de tirs à Alep, dit-on. قتل شخصان.";
    Article article = read(text);
    assertEquals(text, article.text());
    assertEquals("اشتباكات في حلب", slice(article, article.metadata().titleSpan()));
  }

  @Test
  void readsTheSouthDamascusExampleWhenPresent() throws IOException, InputProblem {
    Path path = Path.of("/work/shared/examples/isis-south-damascus.txt");
    Assumptions.assumeTrue(Files.isReadable(path), "shared example not present");
    Article article =
        reader.read(
            new ArticleInput(path.toString(), Files.readAllBytes(path), Optional.empty(), ""));
    assertEquals("ISIS Relaunches Attack in South Damascus", article.metadata().title());
    int caption = article.text().indexOf("REUTERS/");
    int byline = article.text().indexOf("Beirut-");
    assertTrue(caption > 0 && article.isNonBody(caption));
    assertTrue(byline > 0 && article.isNonBody(byline));
    assertTrue(article.isNonBody(article.text().indexOf("June 6, 2017")));
    assertFalse(article.isNonBody(article.text().indexOf("al-Tadamon")));
    assertEquals(Optional.of("Beirut"), article.metadata().datelinePlace());
    assertEquals(2, article.metadata().captions().size());
  }

  @Test
  void subheadingsInsideTheBodyAreNotBody() throws InputProblem {
    Article article = read("Militia Shells Village Near Border\n\nShelling hit the village at dawn.\n\n"
        + "How the shelling unfolded\n\nThe first shells fell at six.\n");
    assertEquals(List.of("How the shelling unfolded"), nonBodyTexts(article));
  }

  @Test
  void aHeadlineOnItsOwnLineAboveADatelineIsTheTitle() throws InputProblem {
    Article article = read("Five killed in blast near market\nKABUL, May 3 (Reuters) - A bomb exploded near a "
        + "market on Friday.\n");
    assertEquals("Five killed in blast near market", article.metadata().title());
  }

  @Test
  void aTitleCaseHeadlineOnItsOwnLineIsTheTitle() throws InputProblem {
    Article article = read("Army Retakes Border Town From Rebels\nThe army retook the town on Friday.\n");
    assertEquals("Army Retakes Border Town From Rebels", article.metadata().title());
  }

  @Test
  void theFirstLineOfHardWrappedTextIsNoTitle() throws InputProblem {
    Article article = read("Gunmen attacked a checkpoint near the town of Dori on Monday and\n"
        + "Killed three police officers, officials said.\n");
    assertEquals("", article.metadata().title());
  }

  @Test
  void aContainersDateTitleSourceAndUrlFillWhatTheUserDidNotGive() throws InputProblem {
    LocalDate day = LocalDate.of(2024, 2, 6);
    Hints hints = new Hints(Optional.of("https://example.org/a"),
        Optional.of("Clashes in Kidal"), Optional.of(day), "Example Wire",
        Optional.empty());
    byte[] text = "Gunmen attacked a checkpoint near Kidal on Monday.".getBytes(
        StandardCharsets.UTF_8);
    Article fromFeed = new PlainTextReader().read(new ArticleInput("a", text,
        Optional.empty(), "", InputKind.TEXT, hints));
    assertEquals(Optional.of(day), fromFeed.metadata().published());
    assertEquals(DateSource.CONTAINER, fromFeed.metadata().publishedFrom());
    assertEquals("Clashes in Kidal", fromFeed.metadata().title());
    assertEquals("Example Wire", fromFeed.metadata().source());
    assertEquals(Optional.of("https://example.org/a"), fromFeed.metadata().url());
    Article given = new PlainTextReader().read(new ArticleInput("a", text,
        Optional.of(day.plusDays(1)), "Desk", InputKind.TEXT, hints));
    assertEquals(Optional.of(day.plusDays(1)), given.metadata().published());
    assertEquals(DateSource.GIVEN, given.metadata().publishedFrom());
    assertEquals("Desk", given.metadata().source());
  }
}
