package org.sitrep.annotate;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.internal.DataTable;

/**
 * The words NewsDates reads: month and weekday names, small numbers, and the two cue-word files,
 * {@code date-phrases.tsv} (fixed phrases such as "yesterday" or "the next day") and
 * {@code date-followers.tsv} (what may follow a bare year or day).
 */
final class DateWords {
  /** Where a fixed phrase is counted from; see the header of {@code date-phrases.tsv}. */
  enum From { REPORT, STORY, CLOCK }

  /** One line of {@code date-phrases.tsv}. */
  record Phrase(String words, From from, String value) {}

  static final String WEEKDAY = "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

  /**
   * Month names only when capitalised (or in a capitalised headline): "12 may attack" and "the
   * march on the capital" name no month.
   */
  static final String MONTH = "(?:" + monthAlternatives() + ")\\.?";

  /** A day of the month, "12" or "12th". */
  static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

  static final String NUMBER = "\\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|a couple of|an|a)";

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("a couple of", 2), Map.entry("a", 1), Map.entry("an", 1));

  static final List<Phrase> PHRASES = phrases(DataTable.bundled(DateWords.class, "date-phrases.tsv"));

  private static final Map<String, Phrase> BY_WORDS = PHRASES.stream()
      .collect(Collectors.toMap(Phrase::words, p -> p));

  private static final String FOLLOWERS = DataTable.bundled(DateWords.class, "date-followers.tsv")
      .stream().map(l -> Pattern.quote(l.cell(0).strip())).collect(Collectors.joining("|"));

  /**
   * After a bare year read as a date: punctuation, the end, a capitalised word ("In 2011 Assad
   * ...") or one of the words of {@code date-followers.tsv}; "in 2000 homes" is a count.
   */
  static final String YEAR_FOLLOWS = "(?=\\s*(?:[,.;:!?)\\]\"'\u2019\u201d]|$)|\\s+\\p{Lu}|\\s+(?i:"
      + FOLLOWERS + ")\\b)";

  /** After a bare day read as a date, the same but no capitalised word: "on the 5th Brigade". */
  static final String DAY_FOLLOWS = "(?=\\s*(?:[,.;:!?)\\]\"'\u2019\u201d]|$)|\\s+(?i:"
      + FOLLOWERS + ")\\b)";

  private DateWords() {}

  /** All fixed phrases as one alternation, longest first so that the longest is tried first. */
  static String phraseAlternatives() {
    return PHRASES.stream().map(Phrase::words)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?i:", ")"));
  }

  /** Month names as cues (see {@link DateRules.Rule}): "march", "mar", "sept". */
  static Set<String> monthCues() {
    return Arrays.stream(monthAlternatives().split("\\|"))
        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  static Set<String> weekdayCues() {
    return Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * For each fixed phrase, the cue without which it cannot match: its longest word, since every
   * word of a phrase stands whole in a sentence that holds it ("mid-morning": "morning").
   */
  static Set<String> phraseCues() {
    return PHRASES.stream().map(p -> DateRules.words(p.words()).stream()
            .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
            .orElseThrow())
        .collect(Collectors.toUnmodifiableSet());
  }

  static Phrase phrase(String matched) {
    return BY_WORDS.get(matched.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  static Month month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** "12th" is 12. */
  static int day(String day) {
    return Integer.parseInt(day.replaceAll("\\D", ""));
  }

  /** "three" is 3, "a couple of" 2; an absent count ("days ago") is empty. */
  static Optional<Integer> count(String words) {
    if (words == null) {
      return Optional.empty();
    }
    String key = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return Optional.of(key.matches("\\d+") ? Integer.parseInt(key) : SMALL.get(key));
  }

  private static String monthAlternatives() {
    List<String> names = new ArrayList<>();
    for (Month m : Month.values()) {
      String full = m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT);
      names.add(full);
      names.add(m.name());
      if (full.length() > 3) {
        names.add(full.substring(0, 3));
        names.add(m.name().substring(0, 3));
      }
    }
    names.add("Sept");
    names.add("SEPT");
    // Longest first: "June" before "Jun", "Sept" before "Sep".
    names.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", names);
  }

  private static List<Phrase> phrases(List<DataTable.Line> lines) {
    List<Phrase> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (DataTable.Line line : lines) {
      String where = "date-phrases.tsv line " + line.number() + ": ";
      if (line.cells().length != 3) {
        throw new IllegalStateException(where + "expected 3 columns (phrase, from, value)");
      }
      String words = line.cell(0).strip().replaceAll("\\s+", " ");
      From from = switch (line.cell(1)) {
        case "report" -> From.REPORT;
        case "story" -> From.STORY;
        case "clock" -> From.CLOCK;
        default -> throw new IllegalStateException(
            where + "'from' must be report, story or clock, not '" + line.cell(1) + "'");
      };
      String value = line.cell(2);
      boolean valid = from == From.CLOCK ? value.matches("T(\\d{2}:\\d{2}|MO|MI|AF|EV|NI)")
          : TimeOffset.isOffset(value);
      if (!valid || !words.equals(words.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(where + "'" + words + "' has a bad value '" + value
            + "' or is not lower-case; see the file's header");
      }
      Integer earlier = seen.put(words, line.number());
      if (earlier != null) {
        throw new IllegalStateException(where + "'" + words + "' is already on line " + earlier);
      }
      out.add(new Phrase(words, from, value));
    }
    return List.copyOf(out);
  }
}
