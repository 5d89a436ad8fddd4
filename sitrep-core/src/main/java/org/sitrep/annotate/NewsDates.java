package org.sitrep.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates news reports give and resolves them against the publication date: "on
 * Wednesday", "yesterday", "last night", "on 22 November", "November 22, 2017", "in October",
 * "last week", "two days ago". Values are TIMEX3-style: a day "2017-11-22", a week "2017-W46", a
 * month "2017-10", a year "2017"; a weekday with no publication date stays "XXXX-WXX-3".
 *
 * <p>Sitrep used SUTime for this at first; on a 450-token report SUTime took 90 ms of 200, and the
 * forms conflict reports use are few, so this small resolver replaced it.
 */
public final class NewsDates {
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTH = "(january|february|march|april|may|june|july|august|september|"
      + "october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String PART = "(?:\\s+(?:night|morning|evening|afternoon))?";
  private static final Map<String, Integer> SMALL = Map.of(
      "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "a", 1, "an", 1);

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?i)\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?i)\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?i)\\b(?:in|since|during|of|early|late|mid-?)\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
  private static final Pattern WEEKDAY_PHRASE = Pattern.compile(
      "(?i)\\b(?:(last|this|past)\\s+)?" + WEEKDAY + PART + "\\b");
  private static final Pattern RELATIVE_DAY = Pattern.compile(
      "(?i)\\b(yesterday|today|tonight|last night|overnight|this morning|earlier today)\\b");
  private static final Pattern RELATIVE_SPAN = Pattern.compile(
      "(?i)\\b(last|this|earlier this|past) (week|month|year)\\b");
  private static final Pattern AGO = Pattern.compile(
      "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|a|an) (day|days|week|weeks) ago\\b");
  private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|since|during) (\\d{4})\\b");

  private NewsDates() {}

  /** The time expressions of a sentence, offsets into the article. */
  public static List<TimeExpression> find(String text, int offset, Optional<LocalDate> published) {
    List<TimeExpression> out = new ArrayList<>();
    Resolver r = new Resolver(text, offset, published, out);
    r.each(ISO, m -> Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3)));
    r.each(DAY_MONTH, m -> r.day(m.group(2), m.group(1), m.group(3)));
    r.each(MONTH_DAY, m -> r.day(m.group(1), m.group(2), m.group(3)));
    r.each(MONTH_YEAR, m -> r.month(m.group(1), m.group(2)));
    r.each(WEEKDAY_PHRASE, m -> Optional.of(r.weekday(m.group(1), m.group(2))));
    r.each(RELATIVE_DAY, m -> Optional.of(r.relativeDay(m.group(1).toLowerCase(Locale.ROOT))));
    r.each(RELATIVE_SPAN, m -> Optional.of(r.span(m.group(1).toLowerCase(Locale.ROOT),
        m.group(2).toLowerCase(Locale.ROOT))));
    r.each(AGO, m -> Optional.of(r.ago(m.group(1), m.group(2))));
    r.each(YEAR, m -> Optional.of(m.group(1)));
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Resolution against one sentence and publication date; keeps matches from overlapping. */
  private static final class Resolver {
    private final String text;
    private final int offset;
    private final Optional<LocalDate> published;
    private final List<TimeExpression> out;

    Resolver(String text, int offset, Optional<LocalDate> published, List<TimeExpression> out) {
      this.text = text;
      this.offset = offset;
      this.published = published;
      this.out = out;
    }

    void each(Pattern p, java.util.function.Function<Matcher, Optional<String>> value) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int s = offset + m.start();
        int e = offset + m.end();
        String words = text.substring(m.start(), m.end()).strip();
        int lead = text.substring(m.start(), m.end()).indexOf(words);
        boolean taken = out.stream().anyMatch(t -> t.start() < e && s < t.end());
        if (!taken) {
          value.apply(m).ifPresent(v -> out.add(new TimeExpression(
              words, s + lead, s + lead + words.length(), "DATE", v)));
        }
      }
    }

    Optional<String> day(String month, String day, String year) {
      int d = Integer.parseInt(day);
      Month mo = month(month);
      if (d < 1 || d > 31) {
        return Optional.empty();
      }
      if (year == null && published.isEmpty()) {
        return Optional.of(String.format(Locale.ROOT, "XXXX-%02d-%02d", mo.getValue(), d));
      }
      int y = year != null ? Integer.parseInt(year) : yearOf(mo, d);
      try {
        return Optional.of(LocalDate.of(y, mo, d).toString());
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }

    Optional<String> month(String month, String year) {
      Month mo = month(month);
      if (year == null && published.isEmpty()) {
        return Optional.of(String.format(Locale.ROOT, "XXXX-%02d", mo.getValue()));
      }
      int y = year != null ? Integer.parseInt(year) : yearOf(mo, 1);
      return Optional.of(String.format(Locale.ROOT, "%04d-%02d", y, mo.getValue()));
    }

    /** A date without a year is the last such date on or before publication. */
    private int yearOf(Month mo, int day) {
      LocalDate p = published.orElseThrow();
      return mo.getValue() > p.getMonthValue()
          || mo.getValue() == p.getMonthValue() && day > p.getDayOfMonth() ? p.getYear() - 1 : p.getYear();
    }

    String weekday(String qualifier, String name) {
      DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
      if (published.isEmpty()) {
        return "XXXX-WXX-" + dow.getValue();
      }
      LocalDate onOrBefore = published.get().with(TemporalAdjusters.previousOrSame(dow));
      boolean last = qualifier != null && qualifier.equalsIgnoreCase("last")
          && onOrBefore.equals(published.get());
      return (last ? onOrBefore.minusWeeks(1) : onOrBefore).toString();
    }

    String relativeDay(String phrase) {
      if (published.isEmpty()) {
        return "XXXX-XX-XX";
      }
      boolean before = phrase.equals("yesterday") || phrase.equals("last night") || phrase.equals("overnight");
      return (before ? published.get().minusDays(1) : published.get()).toString();
    }

    String span(String which, String unit) {
      if (published.isEmpty()) {
        return "XXXX";
      }
      boolean previous = which.equals("last") || which.equals("past");
      LocalDate p = published.get();
      return switch (unit) {
        case "week" -> week(previous ? p.minusWeeks(1) : p);
        case "month" -> String.format(Locale.ROOT, "%04d-%02d",
            (previous ? p.minusMonths(1) : p).getYear(), (previous ? p.minusMonths(1) : p).getMonthValue());
        default -> String.valueOf(previous ? p.getYear() - 1 : p.getYear());
      };
    }

    String ago(String count, String unit) {
      int n = count.matches("\\d+") ? Integer.parseInt(count) : SMALL.getOrDefault(count.toLowerCase(Locale.ROOT), 1);
      if (published.isEmpty()) {
        return "XXXX-XX-XX";
      }
      return unit.startsWith("week") ? week(published.get().minusWeeks(n))
          : published.get().minusDays(n).toString();
    }

    private static String week(LocalDate d) {
      return String.format(Locale.ROOT, "%04d-W%02d",
          d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Month month(String name) {
      String key = name.toLowerCase(Locale.ROOT).replace(".", "");
      for (Month m : Month.values()) {
        String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
          return m;
        }
      }
      throw new IllegalArgumentException("not a month: " + name);
    }
  }
}
