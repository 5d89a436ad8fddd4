package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The article's paragraphs found in small pages of the shapes news sites use. */
class MainTextTest {
  private static final String P1 = "Heavy fighting broke out on Monday in the north of the"
      + " province, residents said, as government forces pushed towards the river crossing.";
  private static final String P2 = "At least twelve people were killed and dozens wounded in the"
      + " shelling of the market, according to the local health office.";
  private static final String P3 = "Aid groups said the road to the city had been closed for"
      + " three days and that food and medicine were running short in the camps.";
  private static final String P4 = "The army said it had retaken two villages and would press on"
      + " until the crossing was secured, a claim that could not be verified.";

  @Test
  void keepsTheArticleAndLeavesOutTheRestOfThePage() {
    String page = """
        <html><head><title>Fighting in the north</title></head><body>
        <div class="cookie-banner"><p>We use cookies to improve your experience on our site.
          By continuing to browse you agree to our use of cookies and our privacy policy.</p></div>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <main><article>
          <h1>Fighting in the north</h1>
          <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Share this story with your friends and family today</span></div>
          <p>%1</p>
          <figure><img src="a.jpg"><figcaption>Smoke rises over the market on Monday.</figcaption></figure>
          <p>%2</p>
          <h2>Aid cut off</h2>
          <p>%3</p>
          <p>  %4  </p>
          <aside class="related"><h3>Related</h3><ul><li><a href="/a">Earlier clashes in the same province left many dead</a></li></ul></aside>
        </article>
        <section id="comments"><p>This is a long reader comment that goes on about the article and should not be part of the article body at all.</p></section>
        </main>
        <footer><p>Copyright 2026 The Daily Example. All rights reserved. Terms of use and privacy policy apply.</p></footer>
        </body></html>
        """.replace("%1", P1).replace("%2", P2).replace("%3", P3)
        .replace("%4", P4.replace(" until", "\n   until"));
    MainText main = MainText.of(Jsoup.parse(page));
    assertEquals(List.of(P1, P2, "Aid cut off", P3, P4), main.paragraphs());
    assertEquals(List.of("Smoke rises over the market on Monday."), main.captions());
  }

  @Test
  void aOneParagraphArticleKeepsTheCaptionOfItsPicture() {
    String page = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
        + "<article><h1>Fighting in the north</h1><p>" + P1 + "</p><figure><img src=\"a.jpg\">"
        + "<figcaption>Smoke over the northern districts on Monday.</figcaption></figure>"
        + "</article></body></html>";
    MainText main = MainText.of(Jsoup.parse(page));
    assertEquals(List.of(P1), main.paragraphs());
    assertEquals(List.of("Smoke over the northern districts on Monday."), main.captions());
  }

  @Test
  void findsTheTextOfAPageWithoutAnArticleElement() {
    String page = """
        <html><body>
        <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
        <div class="wrapper"><div class="content">
          <div class="text"><p>%1</p><p>%2</p><p>%3</p></div>
          <div class="links"><a href="/1">First other story of the day with a long title</a>
            <a href="/2">Second other story of the day with a long title</a></div>
        </div></div>
        </body></html>
        """.replace("%1", P1).replace("%2", P2).replace("%3", P3);
    assertEquals(List.of(P1, P2, P3), MainText.of(Jsoup.parse(page)).paragraphs());
  }

  @Test
  void readsLinesBrokenByBrAsParagraphs() {
    String page = "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div>"
        + "<div>" + P1 + "<br>" + P2 + "<br><br>" + P3 + "</div></body></html>";
    assertEquals(List.of(P1, P2, P3), MainText.of(Jsoup.parse(page)).paragraphs());
  }

  @Test
  void putsCreditsWithCaptionsAndDropsLabelsAndScrapsAtTheEdges() {
    String page = "<html><head><meta property=\"og:description\" content=\"The army says the"
        + " crossing will fall within days.\"></head><body><header><p class=\"dek\">The army"
        + " says the crossing will fall within days.</p></header><div class=\"story\">"
        + "<p>Dec 19, 2023 9:00 AM</p><p>" + P1 + "</p><p>Credit: Jane Doe/Reuters</p>"
        + "<p>Advertisement</p><p>" + P2 + "</p><p>Story continues below advertisement</p><p>"
        + P3 + "</p><p>Short last line.</p><p>World news</p></div></body></html>";
    MainText main = MainText.of(Jsoup.parse(page));
    assertEquals(List.of("The army says the crossing will fall within days.", P1, P2, P3,
        "Short last line."), main.paragraphs());
    assertEquals(List.of("Credit: Jane Doe/Reuters"), main.captions());
  }

  @Test
  void findsNothingInAnEmptyPage() {
    MainText main = MainText.of(Jsoup.parse(""));
    assertTrue(main.paragraphs().isEmpty());
    assertTrue(main.captions().isEmpty());
  }

  @Test
  void keepsAPageWrapperWhoseNameSoundsLikeBoilerplate() {
    String page = "<html><body class=\"has-sidebar with-comments\"><div id=\"page\""
        + " class=\"layout-with-nav\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class=\"sidebar\"><p>" + P3 + "</p></div></body></html>";
    assertEquals(List.of(P1, P2), MainText.of(Jsoup.parse(page)).paragraphs());
  }

  @Test
  void readsAPageWrappedInAFormButNotAFormInThePage() {
    String page = "<html><body><form id=\"aspnetForm\"><div><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div><form class=\"signup\"><p>" + P4
        + "</p></form></form></body></html>";
    assertEquals(List.of(P1, P2, P3), MainText.of(Jsoup.parse(page)).paragraphs());
  }

  @Test
  void takesTheJsonLdBodyWhenThePageShowsLittleOfIt() {
    String body = (P1 + " " + P2 + " " + P3 + " " + P4 + " ").repeat(2).strip();
    String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"" + body + "\"}</script></head><body><p>Loading the story, please"
        + " wait while the page is put together for you.</p></body></html>";
    assertEquals(List.of(body), MainText.of(Jsoup.parse(page)).paragraphs());
  }
}
