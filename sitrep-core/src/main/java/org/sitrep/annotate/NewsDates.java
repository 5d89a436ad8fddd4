package org.sitrep.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the time expressions of a news sentence and resolves them against the publication date P,
 * as an ACLED coder reads them. Values are TIMEX3-style (see {@link TimeExpression}); DateFinder
 * turns a DATE into a day and ACLED's time precision. Examples, for P = Thursday 23 November 2017:
 *
 * <table>
 *   <caption>Forms NewsDates reads</caption>
 *   <tr><th>form</th><th>type</th><th>value</th><th>precision</th></tr>
 *   <tr><td>"on 12 March", "12th March 2019", "on March 12, 2019", "Friday, July 21, 1972",
 *       "on the 21st of July, 1972", "on the night of 3 March"</td><td>DATE</td>
 *       <td>2017-03-12, 2019-03-12, 2019-03-12, 1972-07-21, 1972-07-21, 2017-03-03: the year
 *       written, else the last such day on or before P</td><td>day</td></tr>
 *   <tr><td>"on the 12th", "on the 30th"</td><td>DATE</td><td>2017-11-12, 2017-10-30</td><td>day</td></tr>
 *   <tr><td>"on Tuesday", "Tuesday night", "late on Sunday", "early Monday", "in the early hours
 *       of Sunday", "Friday's attack", "a Friday blast", "last Friday"; "on Thursday" is P, "last
 *       Thursday" P-7</td><td>DATE</td><td>the weekday on or before P</td><td>day</td></tr>
 *   <tr><td>"yesterday", "last night", "overnight"; "today", "tonight", "this morning", "earlier
 *       today"; "the day before yesterday"</td><td>DATE</td><td>P-1; P; P-2</td><td>day</td></tr>
 *   <tr><td>"the night of Friday to Saturday", "overnight into Saturday"</td><td>DATE</td>
 *       <td>the Friday: a night is coded on the day it began</td><td>day</td></tr>
 *   <tr><td>"three days ago", "ten days ago"</td><td>DATE</td><td>P-3, P-10</td><td>day</td></tr>
 *   <tr><td>"last week", "this week", "earlier this week", "a week ago", "days ago" (P-3's
 *       week)</td><td>DATE</td><td>2017-W46, 2017-W47, 2017-W47, 2017-W46, 2017-W47: its
 *       Monday</td><td>week</td></tr>
 *   <tr><td>"last weekend", "over the weekend"; "this weekend" (P's own, still to come on a
 *       Thursday)</td><td>DATE</td><td>2017-W46-WE; 2017-W47-WE: its Saturday, or that day itself
 *       when P is the Saturday</td><td>week; day</td></tr>
 *   <tr><td>"in October", "early March", "in mid-March", "in July 1972", "last month", "late
 *       last month", "earlier this month"</td><td>DATE</td><td>2017-10, ...</td><td>month</td></tr>
 *   <tr><td>"in 2019", "since 2011", "this year", "last year"</td><td>DATE</td><td>2019, ...</td>
 *       <td>month</td></tr>
 *   <tr><td>"the next day", "the previous day", "a day earlier", "two days later", "hours later",
 *       "later that day", "that night", "the same day"</td><td>OFFSET</td><td>+P1D, -P1D, -P1D,
 *       +P2D, P0D, ...: from the story's anchor, see {@link TimeOffset}</td><td>-</td></tr>
 *   <tr><td>"at 9:45am", "6:30am (03:30 GMT)", "at dawn", "late into the night"</td><td>TIME</td>
 *       <td>T09:45, T06:30 and T03:30Z, TMO, TNI</td><td>-</td></tr>
 * </table>
 *
 * <p>Not dates: "on a Friday afternoon" (no particular Friday), "recently", "the 1999 law", "in
 * 2,000 homes", "in 2000 homes", "a 24-hour strike", "Route 66", "on the 12th floor", "12 may
 * attack". A date after P is found here and refused by DateFinder: a report tells what happened.
 *
 * <p>Sitrep used SUTime for this at first; on a 450-token report SUTime took 90 ms of 200, and the
 * forms conflict reports use are few, so this small resolver replaced it. The forms are in {@code
 * DateRules}, the resolution in {@code DateResolver}, the fixed phrases in {@code date-phrases.tsv}.
 *
 * <pre>{@code
 * NewsDates.find("Gunmen struck late on Sunday.", 0, Optional.of(LocalDate.of(2017, 11, 23)));
 * // [TimeExpression[text=late on Sunday, start=14, end=28, type=DATE, value=2017-11-19]]
 * }</pre>
 */
public final class NewsDates {
  private NewsDates() {}

  /** The time expressions of a sentence, in text order, with offsets into the article. */
  public static List<TimeExpression> find(String text, int offset, Optional<LocalDate> published) {
    DateResolver resolver = new DateResolver(published);
    List<TimeExpression> candidates = new ArrayList<>();
    Set<String> words = DateRules.words(text);
    for (DateRules.Rule rule : DateRules.ALL) {
      if (!rule.mayMatch(words)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        int start = offset + m.start();
        rule.reading().read(m, resolver).ifPresent(f -> candidates.add(new TimeExpression(
            m.group(), start, start + m.group().length(), f.type(), f.value())));
      }
    }
    // The longest match wins, so "Friday, July 21, 1972" is one date, not a Friday near P and
    // a 21 July; at equal length the earlier rule in DateRules wins (the sort is stable).
    candidates.sort(Comparator.comparingInt((TimeExpression t) -> t.end() - t.start()).reversed()
        .thenComparingInt(TimeExpression::start));
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression t : candidates) {
      if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparingInt(TimeExpression::start));
    return kept;
  }
}
