package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewsDatesTest {
  /** A Thursday. */
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2017, 11, 23));

  private static String value(String sentence) {
    List<TimeExpression> found = NewsDates.find(sentence, 0, PUBLISHED);
    assertEquals(1, found.size(), () -> "found " + found);
    return found.get(0).value();
  }

  @Test
  void weekdaysAreTheLastSuchDayOnOrBeforePublication() {
    assertEquals("2017-11-22", value("Fighters attacked posts on Wednesday."));
    assertEquals("2017-11-23", value("Fighters attacked posts on Thursday."));
    assertEquals("2017-11-16", value("Fighters attacked posts last Thursday."));
    assertEquals("2017-11-20", value("Fighters attacked posts on Monday night."));
  }

  @Test
  void relativeDaysAreCountedFromPublication() {
    assertEquals("2017-11-22", value("They clashed yesterday."));
    assertEquals("2017-11-22", value("They clashed overnight."));
    assertEquals("2017-11-23", value("They clashed this morning."));
    assertEquals("2017-11-21", value("They clashed two days ago."));
    assertEquals("2017-W46", value("They clashed last week."));
  }

  @Test
  void calendarDatesTakeTheYearBeforePublicationWhenNoneIsGiven() {
    assertEquals("2017-11-22", value("On 22 November, they clashed."));
    assertEquals("2017-11-22", value("On November 22, 2017, they clashed."));
    assertEquals("2016-12-05", value("On December 5 they clashed."));
    assertEquals("2017-10", value("The town fell in October."));
    assertEquals("2014-06", value("The city fell in June 2014."));
  }

  @Test
  void withoutPublicationDateRelativeDaysStayUnresolved() {
    List<TimeExpression> found = NewsDates.find("They attacked on Tuesday.", 0, Optional.empty());
    assertEquals("XXXX-WXX-2", found.get(0).value());
  }

  @Test
  void offsetsPointIntoTheArticle() {
    String article = "Intro. They attacked on Wednesday.";
    TimeExpression t = NewsDates.find(article.substring(7), 7, PUBLISHED).get(0);
    assertEquals("Wednesday", article.substring(t.start(), t.end()));
  }

  @Test
  void mayTheVerbIsNotAMonthWithoutADay() {
    assertTrue(NewsDates.find("Militants may attack soon.", 0, PUBLISHED).isEmpty());
  }
}
