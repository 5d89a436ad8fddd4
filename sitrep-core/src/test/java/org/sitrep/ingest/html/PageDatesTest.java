package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.html.PageFacts.Dated;
import org.sitrep.model.DateSource;

class PageDatesTest {
  private static final DateText DATES = DateText.until(LocalDate.of(2024, 1, 1));

  private static Optional<Dated> published(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return PageFacts.of(Jsoup.parse(html, url), Optional.of(url), DATES).published();
  }

  private static Optional<Dated> published(String head, String body) {
    return published(head, body, "https://news.example/world/a-story");
  }

  private static Optional<Dated> dated(int year, int month, int day, DateSource from) {
    return Optional.of(new Dated(LocalDate.of(year, month, day), from));
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdDatePublishedIsRead() {
    assertEquals(dated(2023, 5, 17, DateSource.JSON_LD), published(
        ld("{\"@type\":\"NewsArticle\",\"dateModified\":\"2023-06-01\","
            + "\"datePublished\":\"2023-05-17\"}"), ""));
  }

  @Test
  void jsonLdWinsOverAConflictingTimeElement() {
    assertEquals(dated(2023, 5, 17, DateSource.JSON_LD), published(
        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-17T09:00:00+02:00\"}"),
        "<article><time datetime=\"2023-05-20\" pubdate>20 May 2023</time></article>"));
  }

  @Test
  void aMetaTagAloneGivesTheDate() {
    assertEquals(dated(2023, 5, 17, DateSource.META),
        published("<meta property=\"article:published_time\" content=\"2023-05-17T10:00:00Z\">"
            + "<meta property=\"article:modified_time\" content=\"2023-05-19T10:00:00Z\">", ""));
    assertEquals(dated(2023, 5, 17, DateSource.META),
        published("<meta name=\"DC.date.issued\" content=\"2023-05-17\">", ""));
    assertEquals(dated(2023, 5, 17, DateSource.META),
        published("", "<span itemprop=\"datePublished\" content=\"2023-05-17\">May 17</span>"));
  }

  @Test
  void aTimeElementAloneGivesTheDatePreferringTheArticlesOwn() {
    assertEquals(dated(2023, 5, 17, DateSource.TIME_ELEMENT), published("",
        "<nav><time datetime=\"2023-05-19\" class=\"posted\">19 May</time></nav>"
            + "<article><h1>A story</h1><time datetime=\"2023-05-18\" class=\"updated\">x</time>"
            + "<time datetime=\"2023-05-17T10:00-04:00\">17 May</time></article>"));
  }

  @Test
  void theAddressGivesTheDateWhenTheMarkupHasNone() {
    assertEquals(dated(2023, 5, 17, DateSource.URL),
        published("", "<p>Text.</p>", "https://news.example/2023/05/17/a-story"));
  }

  @Test
  void aTimeOutsideTheArticleCountsForLessThanTheAddress() {
    assertEquals(dated(2023, 5, 17, DateSource.URL), published("",
        "<div><time datetime=\"2023-05-30\">30 May</time></div>",
        "https://news.example/2023/05/17/a-story"));
  }

  @Test
  void aVisibleDateNearTheHeadlineIsTheLastResort() {
    assertEquals(dated(2023, 5, 17, DateSource.TEXT), published("",
        "<nav>Today is 30 May 2023</nav><h1>Flood in the valley</h1>"
            + "<div class=\"meta\"><span>Jane Doe</span><span>Updated 18 May 2023</span>"
            + "<span>Published 17 May 2023</span></div><p>Text.</p>"));
    assertEquals(dated(2023, 5, 17, DateSource.TEXT), published("",
        "<h1>Flood in the valley</h1><p><b>Jane Doe</b><span>May 17, 2023</span></p>"));
  }

  @Test
  void aDateInRunningProseOrACaptionIsNotThePagesDate() {
    String prose = "<p>The dam, built on March 4, 2020 after years of delay, gave way on"
        + " <a href=\"/x\">Tuesday</a> when the river rose higher than at any time since records"
        + " began.</p>";
    assertEquals(dated(2023, 5, 17, DateSource.TEXT), published("",
        "<article><h1>Flood in the valley</h1><figure><figcaption>The dam on June 3, 2021, seen"
            + " from the village above the river valley before the flood</figcaption></figure>"
            + prose + "<div><span>Jane Doe</span> <span>17 May 2023</span></div></article>"));
    assertEquals(Optional.empty(), published("", "<h1>Flood in the valley</h1>" + prose));
  }

  @Test
  void aUtcStampTakesThePublishersDayWhenThePageShowsTheSameMomentLocally() {
    assertEquals(dated(2023, 12, 22, DateSource.JSON_LD), published(
        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-12-23T03:22:07Z\"}"),
        "<article><time datetime=\"2023-12-22T22:22:07-05:00\">Dec 22</time></article>"));
    assertEquals(dated(2023, 12, 23, DateSource.META), published(
        "<meta property=\"article:published_time\" content=\"2023-12-24T01:06:51+00:00\">"
            + "<meta name=\"sailthru.date\" content=\"2023-12-23 17:06:51\">", ""));
  }

  @Test
  void aUtcStampWithoutALocalTwinKeepsItsOwnDay() {
    assertEquals(dated(2023, 12, 23, DateSource.JSON_LD), published(
        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-12-23T03:22:07Z\"}"),
        "<article><time datetime=\"2023-12-22T12:00:00-05:00\">Dec 22</time></article>"));
  }

  @Test
  void aModifiedDateIsTakenOnlyWhenNothingElseIsKnown() {
    assertEquals(dated(2023, 6, 1, DateSource.JSON_LD), published(
        ld("{\"@type\":\"NewsArticle\",\"dateModified\":\"2023-06-01\"}"), "<p>Text.</p>"));
  }

  @Test
  void anAbsurdDateIsIgnored() {
    assertEquals(dated(2023, 5, 17, DateSource.URL), published(
        "<meta name=\"date\" content=\"1970-01-01\">", "",
        "https://news.example/2023/05/17/a-story"));
  }
}
