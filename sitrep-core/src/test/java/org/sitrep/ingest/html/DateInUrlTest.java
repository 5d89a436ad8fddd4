package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInUrlTest {
  private static final DateText DATES = DateText.until(LocalDate.of(2024, 1, 1));

  private static Optional<LocalDate> may17() {
    return Optional.of(LocalDate.of(2023, 5, 17));
  }

  @Test
  void pathDatesInTheCommonFormsAreRead() {
    assertEquals(may17(), DateInUrl.of("https://news.example/2023/05/17/a-story", DATES));
    assertEquals(may17(), DateInUrl.of("https://news.example/world/2023-05-17/a-story", DATES));
    assertEquals(may17(), DateInUrl.of("https://news.example/a-story-20230517-p5es82.html", DATES));
    assertEquals(may17(), DateInUrl.of("https://news.example/2023/5/17/12345/a-story", DATES));
  }

  @Test
  void aYearAndMonthAloneOrADateInTheQueryIsNoDate() {
    assertEquals(Optional.empty(), DateInUrl.of("https://news.example/2023/05/a-story", DATES));
    assertEquals(Optional.empty(), DateInUrl.of("https://news.example/a?d=2023-05-17", DATES));
    assertEquals(Optional.empty(), DateInUrl.of("https://news.example/article/123456789", DATES));
  }
}
