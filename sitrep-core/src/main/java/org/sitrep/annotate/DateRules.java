package org.sitrep.annotate;

import static org.sitrep.annotate.DateWords.DAY_FOLLOWS;
import static org.sitrep.annotate.DateWords.DAY;
import static org.sitrep.annotate.DateWords.MONTH;
import static org.sitrep.annotate.DateWords.NUMBER;
import static org.sitrep.annotate.DateWords.WEEKDAY;
import static org.sitrep.annotate.DateWords.YEAR_FOLLOWS;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.DateWords.From;
import org.sitrep.annotate.DateWords.Phrase;

/**
 * The forms of date NewsDates knows, one pattern each, with how a match reads. Patterns may
 * overlap: NewsDates keeps the longest match, so a full date is never split into a weekday, a day
 * and a year that each resolve on their own.
 */
final class DateRules {
  /** What a match says: a type of {@link TimeExpression} and its value. */
  record Found(String type, String value) {}

  /** Reads one match; empty when the match is no date after all ("31 April", "months ago"). */
  interface Reading {
    Optional<Found> read(Matcher m, DateResolver r);
  }

  /**
   * @param cues words of which a sentence must hold one for the pattern to match (lower case;
   *     {@link #DIGIT} for any digit): the patterns are tried only where they can match, which
   *     makes finding dates over twice as fast, since most sentences name few dates
   */
  record Rule(String name, Set<String> cues, Pattern pattern, Reading reading) {
    boolean mayMatch(Set<String> words) {
      for (String cue : cues) {
        if (words.contains(cue)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The cue that stands for any digit. */
  static final String DIGIT = "#";

  /** The words of a text as cues: its runs of letters in lower case, and {@link #DIGIT}. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        start = start < 0 ? i : start;
        continue;
      }
      if (start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (Character.isDigit(c)) {
        words.add(DIGIT);
      }
    }
    return words;
  }

  private static final Set<String> DIGITS = Set.of(DIGIT);
  private static final Set<String> MONTHS = DateWords.monthCues();
  private static final Set<String> WEEKDAYS = DateWords.weekdayCues();

  private static final String YEAR = "(?:1[89]|20)\\d{2}";
  /** "(on) the night of", "in the early hours of": the day that follows is the date. */
  private static final String PART_OF = "(?:(?i:on|in|during)\\s+)?(?i:the)\\s+(?i:night|morning"
      + "|afternoon|evening|early\\s+hours|small\\s+hours|early\\s+morning)\\s+(?i:of)\\s+";
  private static final String WEEKDAY_COMMA = "(?:" + WEEKDAY + ",?\\s+)?";
  private static final String PREPOSITION = "(?i:in|since|during|of|by|until|from|through|throughout)\\s+";
  private static final String EARLY_LATE = "(?i:early|late|mid)(?:-|\\s+)";
  /** "on a Friday afternoon", "every Friday": no particular day. */
  private static final String NOT_ANY = "(?<!\\b(?i:a|an|every|each|one|any|some)\\s)"
      // "Bloody Friday", "Good Friday", "Black Friday": a day's name, not a date.
      + "(?<!\\b(?:Bloody|Good|Black|Easter|Palm|Holy|Ash|Shrove|Super|Cyber)\\s)";

  static final List<Rule> ALL = List.of(
      rule("ISO date", DIGITS, "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
          (m, r) -> Optional.of(date(m.group(1) + "-" + m.group(2) + "-" + m.group(3)))),
      // "21 July 1972", "Friday, 21 July", "the 21st of July, 1972", "21-22 July 1972". A year
      // after a comma must end the date: "On 3 March, 2000 people marched" is a count.
      rule("day month", MONTHS, "\\b(?:" + PART_OF + ")?" + WEEKDAY_COMMA + "(?:(?i:the)\\s+)?(?<day>" + DAY
          + ")(?:\\s*(?:-|\u2013|(?i:and|to))\\s*" + DAY + ")?\\s+(?:(?i:of)\\s+)?(?<month>" + MONTH
          + ")(?:\\s+(?<year>" + YEAR + ")|,\\s+(?<cyear>" + YEAR + ")" + YEAR_FOLLOWS + ")?\\b",
          (m, r) -> r.day(DateWords.month(m.group("month")), DateWords.day(m.group("day")),
              m.group("year") != null ? m.group("year") : m.group("cyear")).map(DateRules::date)),
      // "July 21, 1972", "Friday, July 21", "March 12th", "July 21-22, 1972", and a timeline's
      // "June 3: two policemen wounded"; not "May 9:30", a time with a word before it.
      rule("month day", MONTHS, "\\b(?:" + PART_OF + ")?" + WEEKDAY_COMMA + "(?<month>" + MONTH + ")\\s+(?<day>"
          + DAY + ")\\b(?:\\s*[-\u2013]\\s*" + DAY + "\\b)?(?:,?\\s+(?<year>" + YEAR + ")\\b)?(?!:\\d)",
          (m, r) -> r.day(DateWords.month(m.group("month")), DateWords.day(m.group("day")),
              m.group("year")).map(DateRules::date)),
      // "in July 1972", "March 2011", "mid-March 2019", "since March, 2019".
      rule("month year", MONTHS, "\\b(?:" + PREPOSITION + ")?(?:" + EARLY_LATE + ")?(?<month>" + MONTH
          + ")(?:\\s+(?<year>" + YEAR + ")\\b|,\\s+(?<cyear>" + YEAR + ")\\b" + YEAR_FOLLOWS + ")",
          (m, r) -> r.month(DateWords.month(m.group("month")),
              m.group("year") != null ? m.group("year") : m.group("cyear")).map(DateRules::date)),
      // "in October", "early March", "in mid-March": a month alone needs a word that makes it a time.
      // Not before a number: "as of February 6" is a day, whose shorter match must not lose.
      // "Last July": the last such month before publication, as a month without "last" is.
      rule("month", MONTHS, "\\b(?:" + PREPOSITION + "(?:" + EARLY_LATE + ")?|" + EARLY_LATE
          + "|(?i:last)\\s+)(?<month>"
          + MONTH + ")\\b(?!\\.?\\s+\\d{1,2}\\b)",
          (m, r) -> r.month(DateWords.month(m.group("month")), null).map(DateRules::date)),
      // "in 1999", "since 2011"; not "the 1999 law" nor "in 2000 homes".
      rule("year", DIGITS, "\\b(?i:in|since|during)\\s+(?<year>" + YEAR + ")\\b(?![-\u2013/]\\w)" + YEAR_FOLLOWS,
          (m, r) -> Optional.of(date(m.group("year")))),
      // "on the 12th", "on the 3rd of last month"; not "on the 12th floor".
      rule("day of month", DIGITS, "\\b(?i:on)\\s+(?i:the)\\s+(?<day>\\d{1,2}(?:st|nd|rd|th))\\b(?:\\s+(?i:of)\\s+"
          + "(?<which>(?i:this|last))\\s+(?i:month)\\b|" + DAY_FOLLOWS + ")",
          (m, r) -> r.dayOfMonth(DateWords.day(m.group("day")), Optional.ofNullable(m.group("which"))
              .map(w -> w.equalsIgnoreCase("last") ? 1 : 0)).map(DateRules::date)),
      // A night is coded on the day it began: "the night of Friday to Saturday" is Friday.
      rule("night of weekday", WEEKDAYS, "\\b(?:(?:(?i:on|in|during)\\s+)?(?i:the)\\s+(?i:night)\\s+(?i:of)"
          + "|(?i:overnight)(?:\\s+(?i:on))?)\\s+(?<day>" + WEEKDAY + ")(?:\\s+(?i:night))?(?:\\s+(?i:to"
          + "|into)\\s+" + WEEKDAY + ")?\\b",
          (m, r) -> Optional.of(date(r.weekday(DateWords.weekday(m.group("day")), false, 0)))),
      rule("overnight into weekday", WEEKDAYS, "\\b(?i:overnight)\\s+(?i:into|to)\\s+(?<day>" + WEEKDAY + ")\\b",
          (m, r) -> Optional.of(date(r.weekday(DateWords.weekday(m.group("day")), false, -1)))),
      rule("weekday night into weekday", WEEKDAYS, "\\b(?<day>" + WEEKDAY + ")\\s+(?i:night)\\s+(?i:into|to)\\s+"
          + WEEKDAY + "\\b",
          (m, r) -> Optional.of(date(r.weekday(DateWords.weekday(m.group("day")), false, 0)))),
      // "on Tuesday", "last Friday", "late on Sunday", "early Monday", "Friday afternoon",
      // "in the early hours of Sunday", "Friday's attack"; not "on a Friday afternoon".
      rule("weekday", WEEKDAYS, "\\b(?:(?<which>(?i:last|this|past))\\s+|(?i:late|early)(?:\\s+(?i:on))?\\s+|"
          + PART_OF + ")?" + NOT_ANY + "(?<day>" + WEEKDAY + ")(?:\\s+(?i:night|morning|evening"
          + "|afternoon))?\\b",
          (m, r) -> Optional.of(date(r.weekday(DateWords.weekday(m.group("day")),
              "last".equalsIgnoreCase(m.group("which")), 0)))),
      // "a Friday blast": the weekday modifies a noun, as in "Friday's blast", and is one day.
      rule("weekday modifier", WEEKDAYS, "(?<=\\b(?i:a)\\s)(?<day>" + WEEKDAY + ")(?=\\s+(?!(?:night|morning|evening"
          + "|afternoon|and|or|when|while|as|in|on|at|to|of|for|with|that|which)\\b)\\p{Ll})",
          (m, r) -> Optional.of(date(r.weekday(DateWords.weekday(m.group("day")), false, 0)))),
      rule("weekend", Set.of("weekend"), "\\b(?:(?<which>(?i:last|this\\s+past|past|this))|(?i:over|at|on|during)\\s+"
          + "(?i:the))\\s+(?i:weekend)\\b",
          (m, r) -> Optional.of(date(r.weekend(m.group("which") == null ? "the"
              : m.group("which").equalsIgnoreCase("this") ? "this" : "last")))),
      // "last week", "earlier this month", "late last month", "this year".
      rule("span", Set.of("week", "month", "year"), "\\b(?:" + EARLY_LATE + ")?(?<which>(?i:last|this\\s+past|this|past|earlier\\s+this"
          + "|earlier\\s+in\\s+the))\\s+(?<unit>(?i:week|month|year))\\b",
          (m, r) -> {
            String which = m.group("which").toLowerCase(Locale.ROOT);
            boolean previous = which.equals("last") || which.endsWith("past");
            return Optional.of(date(r.span(previous, m.group("unit").toLowerCase(Locale.ROOT))));
          }),
      // "three days ago", "a week ago", "days ago"; "recently" is no date.
      rule("ago", Set.of("ago"), "\\b(?<![\\d,.])(?:(?<n>" + NUMBER + ")\\s+|(?i:a\\s+few|few|several|some)\\s+)?(?<unit>(?i:day"
          + "|week|month|year))s?\\s+(?i:ago)\\b",
          (m, r) -> r.ago(DateWords.count(m.group("n")), m.group("unit").toLowerCase(Locale.ROOT))
              .map(DateRules::date)),
      // Counted from the story's last event, not the report: "two days later", "a day earlier".
      rule("days later", Set.of("later", "after", "afterwards", "earlier", "before"), "\\b(?<![\\d,.])(?:(?<n>" + NUMBER + ")\\s+|(?i:a\\s+few|few|several|some)\\s+)?(?<unit>"
          + "(?i:day|week|hour|minute))(?<plural>s)?\\s+(?<dir>(?i:later|after|afterwards|earlier"
          + "|before))\\b",
          DateRules::offset),
      rule("phrase", DateWords.phraseCues(), "\\b(?:" + DateWords.phraseAlternatives() + ")\\b", DateRules::phrase),
      // "9:45am", "6:30", "(03:30 GMT)", "2.45pm", "10 p.m.": a time of day, no date.
      rule("clock", DIGITS, "\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?!\\d)(?:\\s*(?<ampm>(?i:[ap]\\.?m)\\b\\.?))?"
          + "(?:\\s+(?<zone>GMT|UTC)\\b)?",
          DateRules::clock),
      rule("hour", DIGITS, "\\b(?<h>1[0-2]|0?[1-9])(?:[.:](?<m>[0-5]\\d))?\\s*(?<ampm>(?i:[ap]\\.?m)\\b\\.?)"
          + "(?:\\s+(?<zone>GMT|UTC)\\b)?",
          DateRules::clock));

  private DateRules() {}

  private static Rule rule(String name, Set<String> cues, String regex, Reading reading) {
    return new Rule(name, cues, Pattern.compile(regex), reading);
  }

  private static Found date(String value) {
    return new Found(TimeExpression.DATE, value);
  }

  private static Optional<Found> phrase(Matcher m, DateResolver r) {
    Phrase p = DateWords.phrase(m.group());
    return Optional.of(switch (p.from()) {
      case REPORT -> date(r.fromReport(p.value()));
      case STORY -> new Found(TimeExpression.OFFSET, p.value());
      case CLOCK -> new Found(TimeExpression.TIME, p.value());
    });
  }

  private static Optional<Found> offset(Matcher m, DateResolver r) {
    Optional<Integer> n = DateWords.count(m.group("n"));
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    if (n.isEmpty() && m.group("plural") == null) {
      return Optional.empty(); // "day after" alone is part of "the day after", a phrase
    }
    String sign = m.group("dir").toLowerCase(Locale.ROOT).matches("earlier|before") ? "-" : "+";
    if (unit.equals("hour") || unit.equals("minute")) {
      // Hours later is the same day, unless the hours make days ("48 hours later").
      int days = unit.equals("hour") ? n.orElse(0) / 24 : 0;
      return Optional.of(new Found(TimeExpression.OFFSET, days == 0 ? "P0D" : sign + "P" + days + "D"));
    }
    String count = n.map(String::valueOf).orElse("X");
    return Optional.of(new Found(TimeExpression.OFFSET,
        sign + "P" + count + (unit.equals("week") ? "W" : "D")));
  }

  private static Optional<Found> clock(Matcher m, DateResolver r) {
    int hour = Integer.parseInt(m.group("h"));
    String minutes = m.group("m") != null ? m.group("m") : "00";
    String ampm = m.group("ampm") == null ? "" : m.group("ampm").toLowerCase(Locale.ROOT);
    if (!ampm.isEmpty() && (hour < 1 || hour > 12)) {
      return Optional.empty();
    }
    if (ampm.startsWith("p") && hour < 12) {
      hour += 12;
    } else if (ampm.startsWith("a") && hour == 12) {
      hour = 0;
    }
    String zone = m.group("zone") != null ? "Z" : "";
    return Optional.of(new Found(TimeExpression.TIME,
        String.format(Locale.ROOT, "T%02d:%s%s", hour, minutes, zone)));
  }
}
