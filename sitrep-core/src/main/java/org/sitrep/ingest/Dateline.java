package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.html.MonthNames;
import org.sitrep.model.Span;

/**
 * The dateline that opens a wire report: "MOSUL, Iraq (AP) —", "BEIRUT, March 3 (Reuters) -",
 * "DUBAI:".
 *
 * <p>Why: the dateline names where the report was filed, which helps resolve places the body leaves
 * vague, but it is not an event location and its agency is not an actor, so only this prefix is
 * kept out of the body while the sentence after it stays body. An all-capitals place needs no
 * agency; a place in ordinary case needs a known agency in brackets, or "Popular Mobilization
 * Forces (PMF) — ..." would read as a dateline.
 *
 * @param place the place as a reader writes it ("Mosul, Iraq"), capitals turned to title case;
 *     empty when the dateline is the agency alone ("(Reuters) -")
 * @param agency the news agency in brackets ("Reuters"), which is the report's source when the
 *     user named none
 * @param span the dateline in the article, from the line start to the end of its dash or colon
 */
record Dateline(String place, Optional<String> agency, Span span, Optional<LocalDate> date) {
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]+";
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /** Small words in a country's name: "Democratic Republic of Congo", "Bosnia and Herzegovina". */
  private static final String JOINERS = "(?:(?:of|and|the|de|del|du|des)\\s)*";
  private static final String REGION =
      ",\\s?(?<region>" + WORD + "(?:\\s" + JOINERS + WORD + "){0,3})";
  /** "March 3", "3 March 2021": the day a dateline gives, with its year or without. */
  private static final String DAY =
      "(?:(?<month>\\p{Lu}\\p{Ll}{2,8})\\.?\\s(?<day>\\d{1,2})"
          + "|(?<day2>\\d{1,2})\\s(?<month2>\\p{Lu}\\p{Ll}{2,8}))(?:,?\\s(?<year>\\d{4}))?";
  private static final String DATE = ",\\s?" + DAY;
  private static final String AGENCIES =
      "Reuters|AP|AFP|Xinhua|Anadolu|SANA|dpa|DPA|UPI|IRNA|AA|KUNA|WAM|SPA|QNA|NNA|TASS|Sputnik"
          + "|Rudaw|ANHA|Kurdistan 24|Asharq Al-Awsat|The Associated Press|Associated Press";
  private static final String END = "\\s?(?:[-–—]{1,2}|:)(?=\\s|$)";
  /** "Kyaukme, 2 March. Fighting broke out": a full stop ends a dateline that gives its day. */
  private static final String STOP = "\\.(?=\\s+\\p{Lu})";

  private static final String CAPS_PLACE =
      "(?<place>" + CAPS_WORD + "(?:\\s" + CAPS_WORD + "){0,3})";
  private static final String PLACE = "(?<place>" + WORD + "(?:\\s" + WORD + "){0,3})";
  private static final String REGION_AND_DATE = "(?:" + REGION + ")?(?:" + DATE + ")?";
  private static final String ANY_AGENCY = "(?:\\s?\\((?<agency>[^()\\n]{2,40})\\))?";
  private static final String KNOWN_AGENCY = "\\s?\\((?<agency>" + AGENCIES + ")\\)";

  private static final Pattern CAPS_DATELINE =
      Pattern.compile("^" + CAPS_PLACE + REGION_AND_DATE + ANY_AGENCY + END);
  private static final Pattern AGENCY_DATELINE =
      Pattern.compile("^" + PLACE + REGION_AND_DATE + KNOWN_AGENCY + END);
  /**
   * "Kabul, June 8 -", "Gaza, 8 June:": a place in ordinary case with the day it was filed from,
   * as local papers and many wires write it, some with a full stop ("Lashio, 2 March. Troops
   * ..."). The day after a comma makes it a dateline without an agency, since a name of many
   * words and a comma ("Popular Mobilization Forces, which ...") is not followed by a month and a
   * day.
   */
  private static final Pattern DATED_DATELINE = Pattern.compile(
      "^" + PLACE + "(?:" + REGION + ")?" + DATE + ANY_AGENCY + "(?:" + END + "|" + STOP + ")");
  /**
   * "Niamey - Seventeen soldiers ...": a place in ordinary case and a dash set apart by spaces,
   * with a sentence after it, as local papers and agencies' English services open a report with
   * neither a day nor an agency. Only the first line of the body is read this way; a dash before
   * a word in lower case is an aside ("Hezbollah - the group backed by Iran - said").
   */
  private static final Pattern DASHED_DATELINE =
      Pattern.compile("^" + PLACE + "(?:" + REGION + ")?\\s[-–—]{1,2}(?=\\s[\\p{Lu}\\d])");
  /** Words that open a line with a date but name no place: "Tuesday, June 8 -", "Updated, ...". */
  private static final Set<String> NOT_PLACE_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "updated", "posted",
      "published", "last", "on", "by", "since", "until", "from", "before", "after", "as", "at");
  /** "(Reuters) - A drone strike ...": a known agency alone, with no place filed from. */
  private static final Pattern AGENCY_ALONE =
      Pattern.compile("^\\((?<agency>" + AGENCIES + ")\\)" + END);

  /**
   * "March 4 (Reuters) -", "4 March 2025 (AFP) -": the day it was filed and a known agency, with no
   * place, as wires open a report not filed from one city.
   */
  private static final Pattern DAY_AND_AGENCY = Pattern.compile("^" + DAY + KNOWN_AGENCY + END);

  /** Capitalised openers that are labels or actors, not places. */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "UPDATE",
          "UPDATED",
          "BREAKING",
          "BREAKING NEWS",
          "EXCLUSIVE",
          "NOTE",
          "EDITOR'S NOTE",
          "WATCH",
          "VIDEO",
          "PHOTOS",
          "ANALYSIS",
          "OPINION",
          "LIVE",
          "READ MORE",
          "ISIS",
          "ISIL",
          "IS",
          "SDF",
          "YPG",
          "PKK",
          "UN",
          "US",
          "USA",
          "UK",
          "EU",
          "NATO",
          "PMF",
          "FSA");

  /** Finds a dateline at the start of a line, with its span in the article. */
  static Optional<Dateline> find(Line line) {
    Matcher alone = AGENCY_ALONE.matcher(line.text());
    if (alone.lookingAt()) {
      // Left in the body, the agency was read as the subject of the lead's verb.
      int start = line.span().start();
      return Optional.of(new Dateline("", Optional.of(alone.group("agency")),
          new Span(start, start + alone.end()), Optional.empty()));
    }
    Matcher day = DAY_AND_AGENCY.matcher(line.text());
    if (day.lookingAt() && namesAMonth(day)) {
      // Left in the body, the day was read as the lead's own date.
      int start = line.span().start();
      return Optional.of(new Dateline("", Optional.of(day.group("agency")),
          new Span(start, start + day.end()), date(day)));
    }
    for (Pattern form : new Pattern[] {CAPS_DATELINE, AGENCY_DATELINE}) {
      Matcher m = form.matcher(line.text());
      if (m.lookingAt() && !NOT_PLACES.contains(m.group("place"))) {
        int start = line.span().start();
        return Optional.of(new Dateline(place(m), Optional.ofNullable(m.group("agency")).map(String::trim),
            new Span(start, start + m.end()), date(m)));
      }
    }
    Matcher dashed = DASHED_DATELINE.matcher(line.text());
    if (dashed.lookingAt() && dashed.group("place").split("\\s").length <= 3
        && namesAPlace(dashed.group("place"))) {
      int start = line.span().start();
      return Optional.of(new Dateline(place(dashed), Optional.empty(),
          new Span(start, start + dashed.end()), Optional.empty()));
    }
    Matcher dated = DATED_DATELINE.matcher(line.text());
    if (dated.lookingAt() && namesAMonth(dated) && namesAPlace(dated.group("place"))) {
      int start = line.span().start();
      return Optional.of(new Dateline(place(dated),
          Optional.ofNullable(dated.group("agency")).map(String::trim),
          new Span(start, start + dated.end()), date(dated)));
    }
    return Optional.empty();
  }

  private static boolean namesAMonth(Matcher m) {
    return month(m) != 0;
  }

  /** The dateline's month, written first ("May 3") or after the day ("3 May"); 0 when none. */
  private static int month(Matcher m) {
    String month = m.group("month") != null ? m.group("month") : m.group("month2");
    return month == null ? 0 : MonthNames.number(month);
  }

  private static boolean namesAPlace(String place) {
    for (String word : place.split("\\s+")) {
      if (NOT_PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT))
          || MonthNames.number(word) != 0) {
        return false;
      }
    }
    return !NOT_PLACES.contains(place.toUpperCase(Locale.ROOT));
  }

  /** "3 May 2021", "May 3, 2021": a day only when the dateline gives its year. */
  private static Optional<LocalDate> date(Matcher m) {
    String day = m.group("day") != null ? m.group("day") : m.group("day2");
    int number = month(m);
    if (m.group("year") == null || number == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), number,
          Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "31 June 2021": no such day, so no date
    }
  }

  private static String place(Matcher m) {
    String place = titleCase(m.group("place"));
    String region = m.group("region");
    return region == null ? place : place + ", " + region;
  }

  /** "DEIR EZ-ZOR" becomes "Deir Ez-Zor"; words in ordinary case are left as written. */
  static String titleCase(String words) {
    if (!words.equals(words.toUpperCase(Locale.ROOT))) {
      return words;
    }
    StringBuilder out = new StringBuilder(words.length());
    boolean wordStart = true;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      out.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
