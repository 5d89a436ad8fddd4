package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  private static JsonLd read(String... scripts) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String script : scripts) {
      html.append("<script type=\"application/ld+json\">").append(script).append("</script>");
    }
    return JsonLd.of(Jsoup.parse(html + "</head><body></body></html>"), Optional.empty());
  }

  @Test
  void anArticleInsideAGraphIsFound() {
    JsonLd ld = read("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
        + "{\"@type\":\"BreadcrumbList\",\"datePublished\":\"2020-01-01\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Dam breaks\","
        + "\"datePublished\":\"2023-05-17T08:00:00+03:00\"}]}");
    assertEquals(Optional.of("2023-05-17T08:00:00+03:00"), ld.text("datePublished", false));
    assertEquals(Optional.of("Dam breaks"), ld.headline());
    assertEquals(Optional.of("Example News"), ld.publisher());
  }

  @Test
  void anArticleInATopLevelArrayIsFound() {
    JsonLd ld = read("[{\"@type\":\"Organization\",\"name\":\"Example\"},"
        + "{\"@type\":[\"ReportageNewsArticle\"],\"datePublished\":\"2023-05-17\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}]");
    assertEquals(Optional.of("2023-05-17"), ld.text("datePublished", false));
    assertEquals(Optional.of("The Daily Example"), ld.publisher());
  }

  @Test
  void allAuthorsOfAnArrayAreNamedInOrder() {
    JsonLd ld = read("{\"@type\":\"BlogPosting\",\"author\":["
        + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"},"
        + "\"Ann Poe\"]}");
    assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), ld.authors());
  }

  @Test
  void sloppyJsonIsForgivenAndBrokenJsonSkipped() {
    JsonLd ld = read("{ broken", "<!-- {\"@type\":\"NewsArticle\",// a comment\n"
        + "\"headline\":\"Two lines\nof headline\",} -->");
    assertEquals(Optional.of("Two lines of headline"), ld.headline());
  }

  @Test
  void aPageWithoutJsonLdHasNothing() {
    JsonLd ld = read();
    assertEquals(Optional.empty(), ld.text("datePublished", true));
    assertEquals(List.of(), ld.authors());
  }
}
