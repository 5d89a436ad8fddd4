package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** Whole reports in the layouts Sitrep meets: wire, newspaper site, blog, bare text. */
class ReportLayoutsTest {
  private final PlainTextReader reader = new PlainTextReader();

  private Article read(String text) throws InputProblem {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return reader.read(new ArticleInput("layout.txt", bytes, Optional.empty(), ""));
  }

  private static List<String> nonBody(Article article) {
    return article.metadata().captions().stream()
        .map(s -> article.text().substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void wireReportWithBylineDatelineAndCredits() throws InputProblem {
    Article article =
        read(
            "Jets strike militant positions in the mountains\n\n"
                + "By Deniz Example\n\n"
                + "ANKARA (Reuters) - Warplanes struck positions on Wednesday, the army said.\n\n"
                + "It said 12 militants were killed.\n\n"
                + "(Reporting by Deniz Example; Editing by Kim Example)\n");
    assertEquals("Jets strike militant positions in the mountains", article.metadata().title());
    assertEquals(Optional.of("Deniz Example"), article.metadata().byline());
    assertEquals(Optional.of("Ankara"), article.metadata().datelinePlace());
    assertEquals(
        List.of(
            "By Deniz Example",
            "ANKARA (Reuters) -",
            "(Reporting by Deniz Example; Editing by Kim Example)"),
        nonBody(article));
  }

  @Test
  void agencyReportWithDateInDatelineAndCopyright() throws InputProblem {
    Article article =
        read(
            "BAGHDAD, March 3 (AP) — A car bomb went off near a market, police said.\n\n"
                + "Nobody claimed the attack.\n\n"
                + "Copyright 2018 Example Press. All rights reserved.\n");
    assertEquals("", article.metadata().title());
    assertEquals(Optional.of("Baghdad"), article.metadata().datelinePlace());
    assertEquals(
        List.of("BAGHDAD, March 3 (AP) —", "Copyright 2018 Example Press. All rights reserved."),
        nonBody(article));
  }

  @Test
  void blogPostWithPostingStampPhotoCreditAndTags() throws InputProblem {
    Article article =
        read(
            "Heavy clashes in the Idlib countryside\n\n"
                + "Posted on March 4, 2018 by admin\n\n"
                + "Fighting broke out at dawn between two armed groups near the village.\n\n"
                + "Photo by a local activist network\n\n"
                + "Tags: Idlib, clashes, Syria\n");
    assertEquals("Heavy clashes in the Idlib countryside", article.metadata().title());
    assertEquals(
        List.of(
            "Posted on March 4, 2018 by admin",
            "Photo by a local activist network",
            "Tags: Idlib, clashes, Syria"),
        nonBody(article));
  }

  @Test
  void untitledReportOpeningWithADatelineSentence() throws InputProblem {
    Article article =
        read(
            "SANAA, Yemen (Reuters) - Air strikes hit a fuel depot in the capital on Sunday.\n\n"
                + "Residents said the fire burned for hours.");
    assertEquals("", article.metadata().title());
    assertEquals(Optional.of("Sanaa, Yemen"), article.metadata().datelinePlace());
    assertEquals(List.of("SANAA, Yemen (Reuters) -"), nonBody(article));
  }

  @Test
  void newspaperBylineNamingThePaperGivesOnlyThePlace() throws InputProblem {
    Article article =
        read("Ceasefire Holds in Daraa\n\nLondon - Asharq Al-Awsat\n\nThe truce held overnight.");
    assertEquals(Optional.empty(), article.metadata().byline());
    assertEquals(Optional.of("London"), article.metadata().datelinePlace());
    assertEquals(List.of("London - Asharq Al-Awsat"), nonBody(article));
  }

  @Test
  void hardWrappedCaptionIsOneNonBodyParagraph() throws InputProblem {
    Article article =
        read(
            "Families Flee Fighting\n\n"
                + "Displaced families wait at a checkpoint outside the city\n"
                + "on Sunday. AFP PHOTO / Name Example\n\n"
                + "Thousands fled the fighting over the weekend.");
    assertEquals(
        List.of(
            "Displaced families wait at a checkpoint outside the city\n"
                + "on Sunday. AFP PHOTO / Name Example"),
        nonBody(article));
  }

  @Test
  void hardWrappedWireReportKeepsItsBodyLines() throws InputProblem {
    Article article =
        read(
            "Rebels Shell Government Held District\n\n"
                + "ALEPPO, Syria (Reuters) - Rebels shelled a government-held district\n"
                + "of the city on Thursday, killing three people, state media said.\n\n"
                + "The army said it had hit back at rebel positions.\n");
    assertEquals("Rebels Shell Government Held District", article.metadata().title());
    assertEquals(List.of("ALEPPO, Syria (Reuters) -"), nonBody(article));
    assertFalse(article.isNonBody(article.text().indexOf("of the city")));
  }

  @Test
  void siteLayoutWithPipeBylineAndUpdateStamp() throws InputProblem {
    Article article =
        read(
            "Drone Strike Kills Commander\n"
                + "\n"
                + "Sara Example | Erbil\n"
                + "Updated: 12 March 2019 14:02 GMT\n"
                + "\n"
                + "A drone strike killed a militia commander near the border, officials said.\n");
    assertEquals(Optional.of("Sara Example"), article.metadata().byline());
    assertEquals(Optional.of("Erbil"), article.metadata().datelinePlace());
    assertEquals(
        List.of("Sara Example | Erbil", "Updated: 12 March 2019 14:02 GMT"), nonBody(article));
  }

  @Test
  void allCapsHeadlineWithColonIsATitleNotADateline() throws InputProblem {
    Article article = read("SYRIA: ARMY ENTERS THE TOWN\n\nTroops entered the town on Monday.");
    assertEquals("SYRIA: ARMY ENTERS THE TOWN", article.metadata().title());
    assertEquals(Optional.empty(), article.metadata().datelinePlace());
  }

  @Test
  void gettyCreditInBracketsEndsACaption() throws InputProblem {
    String caption = "Smoke rises over the city. (Photo by Name Example/Getty Images)";
    Article article = read("City Burns\n\n" + caption + "\n\nSmoke rose over the city all day.");
    assertEquals(List.of(caption), nonBody(article));
  }

  @Test
  void bodyOpeningWithAnActorAcronymHasNoDateline() throws InputProblem {
    for (String opening :
        List.of(
            "US-backed forces said they took the dam.",
            "ISIS - which lost the town in May - struck back.",
            "Popular Mobilization Forces (PMF) — an umbrella of militias — moved in.",
            "SDF: we hold the field.")) {
      Article article = read("Dam Battle\n\n" + opening);
      assertEquals(Optional.empty(), article.metadata().datelinePlace(), opening);
      assertEquals(List.of(), nonBody(article), opening);
    }
  }

  @Test
  void webCopyWithoutBlankLinesKeepsCaptionLinesApart() throws InputProblem {
    Article article =
        read(
            "Market Bombed\n\n"
                + "A market was bombed on Friday, killing nine people.\n"
                + "Rescuers search the rubble. REUTERS/Some Name\n"
                + "Image caption The market after the raid\n"
                + "Image copyright Some Agency\n"
                + "Civil defence workers said the toll could rise.\n");
    assertEquals(
        List.of(
            "Rescuers search the rubble. REUTERS/Some Name",
            "Image caption The market after the raid",
            "Image copyright Some Agency"),
        nonBody(article));
  }

  @Test
  void wrappedBodyLineNamingAPhotoAgencyStaysBody() throws InputProblem {
    Article article =
        read(
            "Photographer Wounded\n\n"
                + "A photographer who works for Getty Images\n"
                + "was wounded by shrapnel near the front line on Sunday.\n");
    assertEquals(List.of(), nonBody(article));
  }
}
