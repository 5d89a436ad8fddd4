package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTitleTest {
  private static Optional<String> title(String head, String body) {
    return title(head, body, "https://www.dailyexample.com/news/a-story");
  }

  private static Optional<String> title(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return PageFacts.of(Jsoup.parse(html, url), Optional.of(url)).title();
  }

  @Test
  void aSiteNameSuffixIsStripped() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<title>Dam breaks after a week of rain | The Daily Example</title>"
            + "<meta property=\"og:site_name\" content=\"The Daily Example\">", ""));
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<title>Dam breaks after a week of rain - Example News</title>"
            + "<meta property=\"og:site_name\" content=\"Example News\">", ""));
  }

  @Test
  void aSuffixThatIsTheHostNameIsStripped() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<title>Dam breaks after a week of rain — dailyexample.com</title>", ""));
  }

  @Test
  void aSiteNameTheHostAbbreviatesIsStrippedWithTheSectionBeforeIt() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<title>Dam breaks after a week of rain | World | The Daily Example Times</title>",
            "", "https://www.dextimes.co.uk/world/a-story"));
  }

  @Test
  void aSectionBeforeTheSiteNameIsKeptWhenItIsSetOffDifferently() {
    assertEquals(Optional.of("Dam breaks after a week of rain - World"),
        title("<title>Dam breaks after a week of rain - World | The Daily Example</title>"
            + "<meta property=\"og:site_name\" content=\"The Daily Example\">", ""));
  }

  @Test
  void aStatedTitleThatIsTheSiteNameIsPassedOver() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"The Daily Example\"}</script>"
            + "<meta property=\"og:site_name\" content=\"The Daily Example\">"
            + "<title>Dam breaks after a week of rain | The Daily Example</title>", ""));
  }

  @Test
  void aSiteNamePrefixIsStripped() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<meta property=\"og:title\" content=\"The Daily Example | Dam breaks after a week "
            + "of rain\"><meta property=\"og:site_name\" content=\"The Daily Example\">", ""));
  }

  @Test
  void aHyphenInTheHeadlineItselfIsKept() {
    assertEquals(Optional.of("Ukraine - a year on"),
        title("<title>Ukraine - a year on | The Daily Example</title>"
            + "<meta property=\"og:site_name\" content=\"The Daily Example\">", ""));
    assertEquals(Optional.of("Strike on port - officials say dozens hurt"),
        title("<title>Strike on port - officials say dozens hurt</title>", ""));
  }

  @Test
  void theVisibleHeadlineWinsWhenATitleHoldsIt() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<title>Opinion | Dam breaks after a week of rain - The Daily Example</title>"
            + "<meta property=\"og:title\" content=\"Rain breaks dam\">",
            "<h1>The Daily Example</h1><article><h1>Dam breaks after a week of rain</h1></article>"));
  }

  @Test
  void theArticlesHeadlineWinsOverAShorterSeoTitle() {
    assertEquals(Optional.of("Villagers flee as the dam breaks after a week of rain"),
        title("<meta property=\"og:title\" content=\"Dam breaks, villagers flee\">",
            "<article><h1>Villagers flee as the  dam breaks\nafter a week of rain</h1></article>"));
  }

  @Test
  void aLabelInTheHeadingIsDroppedWhenTheStatedHeadlineLacksIt() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Dam breaks after a week of rain\"}</script>",
            "<article><h1><span>Opinion</span> <span>Dam breaks after a week of rain</span></h1>"
                + "</article>"));
  }

  @Test
  void aSectionNameOrSidebarHeadingIsNotTheHeadline() {
    assertEquals(Optional.of("Dam breaks after a week of rain"),
        title("<meta property=\"og:title\" content=\"Dam breaks after a week of rain\">",
            "<div><h1>World</h1></div><aside><h1>Most read stories of the week</h1></aside>"));
  }
}
