package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageFactsTest {
  private static PageFacts facts(String head, String body, Optional<String> url) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    Document page = url.isPresent() ? Jsoup.parse(html, url.get()) : Jsoup.parse(html);
    return PageFacts.of(page, url);
  }

  private static PageFacts facts(String head, String body) {
    return facts(head, body, Optional.of("https://news.example/world/a-story?utm=x"));
  }

  @Test
  void aRelativeCanonicalIsResolvedAgainstThePagesAddress() {
    assertEquals(Optional.of("https://news.example/world/2023/dam-breaks"),
        facts("<link rel=\"canonical\" href=\"/world/2023/dam-breaks\">", "").canonicalUrl());
    assertEquals(Optional.of("https://news.example/world/dam-breaks"),
        facts("<link rel=\"canonical\" href=\"dam-breaks\">", "",
            Optional.of("https://news.example/world/a-story")).canonicalUrl());
  }

  @Test
  void ogUrlThenTheGivenAddressStandInForACanonicalLink() {
    assertEquals(Optional.of("https://news.example/og"),
        facts("<meta property=\"og:url\" content=\"https://news.example/og\">", "")
            .canonicalUrl());
    assertEquals(Optional.of("https://news.example/world/a-story?utm=x"),
        facts("", "").canonicalUrl());
  }

  @Test
  void theSiteNameComesFromOpenGraphThenJsonLdThenTheHost() {
    assertEquals(Optional.of("The Daily Example"),
        facts("<meta property=\"og:site_name\" content=\"The Daily Example\">", "").siteName());
    assertEquals(Optional.of("Example Wire"),
        facts("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":"
            + "{\"@type\":\"Organization\",\"name\":\"Example Wire\"}}</script>", "").siteName());
    assertEquals(Optional.of("news.example"), facts("", "").siteName());
  }

  @Test
  void allJsonLdAuthorsMakeTheByline() {
    assertEquals(Optional.of("Jane Doe, John Roe"),
        facts("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
            + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
            + "{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>"
            + "<meta name=\"author\" content=\"Someone Else\">", "").byline());
  }

  @Test
  void aBylineInTheMarkupLosesItsBy() {
    assertEquals(Optional.of("Jane Doe"),
        facts("", "<h1>Dam breaks</h1><p class=\"byline\">By Jane Doe</p>").byline());
    assertEquals(Optional.of("Jane Doe"),
        facts("<meta name=\"author\" content=\"By Jane Doe\">", "").byline());
  }

  @Test
  void anAuthorGivenAsAnAddressIsNoByline() {
    assertEquals(Optional.empty(), facts(
        "<meta property=\"article:author\" content=\"https://social.example/jane\">", "")
        .byline());
  }

  @Test
  void aPageThatSaysNothingAboutItselfHasNoFacts() {
    PageFacts none = facts("", "<div>Some words without any date.</div>", Optional.empty());
    assertEquals(new PageFacts(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()), none);
  }
}
