package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.NewsDates;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.DateExpression;
import org.sitrep.model.TimePrecision;

class DateFinderTest {
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2017, 11, 23));
  private static final TriggerLexicon LEXICON = TriggerLexicon.loadDefault();

  @Test
  void aResolvedDayHasDayPrecision() {
    DateExpression d = DateFinder.resolve(new TimeExpression("Wednesday", 10, 19, "DATE", "2017-11-22"), PUBLISHED);
    assertEquals(Optional.of(LocalDate.of(2017, 11, 22)), d.date());
    assertEquals(TimePrecision.DAY, d.precision());
  }

  @Test
  void aWeekOrMonthHasCoarserPrecision() {
    assertEquals(TimePrecision.WEEK,
        DateFinder.resolve(new TimeExpression("last week", 0, 9, "DATE", "2017-W46"), PUBLISHED).precision());
    assertEquals(TimePrecision.MONTH,
        DateFinder.resolve(new TimeExpression("in October", 0, 10, "DATE", "2017-10"), PUBLISHED).precision());
  }

  @Test
  void aWeekdayWithoutPublicationDateStaysUnresolvedAndSaysWhy() {
    DateExpression d = DateFinder.resolve(new TimeExpression("Tuesday", 0, 7, "DATE", "XXXX-WXX-2"), Optional.empty());
    assertTrue(d.date().isEmpty());
    assertTrue(d.evidence().note().contains("no publication date"));
  }

  @Test
  void aDateAfterPublicationIsNotUsed() {
    DateExpression d = DateFinder.resolve(new TimeExpression("Friday", 0, 6, "DATE", "2017-11-24"), PUBLISHED);
    assertTrue(d.date().isEmpty());
  }

  @Test
  void aWeekendIsItsSaturdayWithWeekPrecision() {
    DateExpression d = DateFinder.resolve(new TimeExpression("last weekend", 0, 12, "DATE", "2017-W46-WE"), PUBLISHED);
    assertEquals(Optional.of(LocalDate.of(2017, 11, 18)), d.date());
    assertEquals(TimePrecision.WEEK, d.precision());
    // On a Thursday "this weekend" is still to come.
    assertTrue(DateFinder.resolve(new TimeExpression("this weekend", 0, 12, "DATE", "2017-W47-WE"), PUBLISHED)
        .date().isEmpty());
  }

  @Test
  void offsetsAndTimesGiveNoDayOfTheirOwn() {
    DateExpression next = DateFinder.resolve(new TimeExpression("the next day", 0, 12, "OFFSET", "+P1D"), PUBLISHED);
    assertTrue(next.date().isEmpty());
    assertTrue(next.evidence().note().contains("event told before"), next.evidence().note());
    assertTrue(DateFinder.resolve(new TimeExpression("at dawn", 0, 7, "TIME", "TMO"), PUBLISHED).date().isEmpty());
  }

  /** From the words to ACLED's day and precision, as the extractor sees them. */
  @Test
  void newsFormsResolveToTheDayAndPrecisionAnAcledCoderWouldGive() {
    assertResolves("Gunmen attacked the post on Tuesday night.", "2017-11-21", TimePrecision.DAY);
    assertResolves("Gunmen attacked the post on 22 July 1972.", "1972-07-22", TimePrecision.DAY);
    assertResolves("Gunmen attacked the post on Saturday, July 22, 1972.", "1972-07-22", TimePrecision.DAY);
    assertResolves("Gunmen attacked the post on the 21st of July, 1972.", "1972-07-21", TimePrecision.DAY);
    assertResolves("Gunmen attacked the post in July 1972.", "1972-07-01", TimePrecision.MONTH);
    assertResolves("Gunmen attacked the post last week.", "2017-11-13", TimePrecision.WEEK);
    assertResolves("Gunmen attacked the post last weekend.", "2017-11-18", TimePrecision.WEEK);
    assertResolves("Gunmen attacked the post days ago.", "2017-11-20", TimePrecision.WEEK);
    assertResolves("Gunmen attacked the post late last month.", "2017-10-01", TimePrecision.MONTH);
    assertResolves("Gunmen attacked the post earlier this month.", "2017-11-01", TimePrecision.MONTH);
    assertResolves("Gunmen attacked the post last year.", "2016-01-01", TimePrecision.MONTH);
  }

  @Test
  void findPassesOverOffsetsAndTimesAsItPassesOverOtherNonDates() {
    assertEquals(Optional.of(LocalDate.of(2017, 11, 21)),
        find("The next day, at 9:45am, troops shelled the village on Tuesday.").flatMap(DateExpression::date));
    assertTrue(find("The next day, at dawn, troops shelled the village again.").isEmpty());
  }

  @Test
  void aDayUnderAVerbOfSpeechDatesTheStatementAndIsOnlyBorrowed() {
    // "Residents protested, police said on Tuesday": the day is the statement's.
    Optional<DateExpression> said = findOutsideScope(
        "Residents protested , police said on Tuesday .",
        new String[] {"NNS", "VBD", ",", "NNS", "VBD", "IN", "NNP", "."},
        new int[] {1, -1, 1, 4, 1, 6, 4, 1}, 0, 2);
    assertTrue(said.orElseThrow().borrowed());
  }

  @Test
  void aDayUnderANounSpelledLikeAVerbOfSpeechIsTheEventsOwn() {
    // The parser made "state" the root of "On 2 May, in Maturin, Monagas state, residents
    // protested": the noun "state" says nothing, so the day is the protest's own.
    Optional<DateExpression> d = findOutsideScope(
        "On 2 May , in Maturin , Monagas state , residents protested .",
        new String[] {"IN", "CD", "NNP", ",", "IN", "NNP", ",", "JJ", "NN", ",", "NNS", "VBD", "."},
        new int[] {2, 2, 8, 8, 5, 8, 8, 8, -1, 8, 11, 8, 8}, 10, 12);
    assertEquals(Optional.of(LocalDate.of(2017, 5, 2)), d.orElseThrow().date());
    assertTrue(!d.get().borrowed());
  }

  /**
   * DateFinder.find on a sentence of space-separated tokens with the given tags and heads (-1 the
   * root), the trigger's scope being tokens [from, to): dates outside it are weighed as statement
   * days or not.
   */
  private static Optional<DateExpression> findOutsideScope(String text, String[] tags, int[] heads,
      int from, int to) {
    String[] words = text.split(" ");
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      String lemma = words[i].equals("said") ? "say" : words[i].toLowerCase(Locale.ROOT);
      tokens.add(new Token(i, words[i], lemma, tags[i], "O", at, at + words[i].length()));
      deps.add(new Dependency(heads[i], i, heads[i] < 0 ? "root" : "dep"));
      at += words[i].length() + 1;
    }
    Sentence s = new Sentence(0, 0, text.length(), text, tokens, deps, deps, NewsDates.find(text, 0, PUBLISHED));
    BitSet scope = new BitSet();
    scope.set(from, to);
    return new DateFinder(LEXICON).find(new SentenceGraph(s, text), from, scope, PUBLISHED);
  }

  private static void assertResolves(String sentence, String day, TimePrecision precision) {
    List<TimeExpression> found = NewsDates.find(sentence, 0, PUBLISHED);
    assertEquals(1, found.size(), () -> sentence + ": " + found);
    DateExpression d = DateFinder.resolve(found.get(0), PUBLISHED);
    assertEquals(Optional.of(LocalDate.parse(day)), d.date(), sentence);
    assertEquals(precision, d.precision(), sentence);
  }

  /** DateFinder.find on a sentence whose every token is in the trigger's scope (a flat parse). */
  private static Optional<DateExpression> find(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    Matcher m = Pattern.compile("\\w+(?:[:.']\\w+)*|[^\\w\\s]").matcher(text);
    while (m.find()) {
      int i = tokens.size();
      tokens.add(new Token(i, m.group(), m.group().toLowerCase(Locale.ROOT), "NN", "O", m.start(), m.end()));
      deps.add(i == 0 ? new Dependency(-1, 0, "root") : new Dependency(0, i, "dep"));
    }
    Sentence s = new Sentence(0, 0, text.length(), text, tokens, deps, deps, NewsDates.find(text, 0, PUBLISHED));
    BitSet scope = new BitSet();
    scope.set(0, tokens.size());
    return new DateFinder(LEXICON).find(new SentenceGraph(s, text), 0, scope, PUBLISHED);
  }
}
