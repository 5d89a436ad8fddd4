package org.sitrep.actor;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.internal.DataTable;

/**
 * Reads one actor table in the format docs/actors.md documents. Every problem is reported with the
 * table's name and line; a row with a problem is left out and the rest is read.
 */
final class ActorTableReader {

  /** An actor row with the aliases it lists. */
  record Row(ActorEntry entry, List<String> aliases, int line) {}

  /** What one table holds, in file order. */
  record Table(
      String source,
      Map<String, CountryName> countries,
      Map<String, List<CountryName.Regime>> regimes,
      Map<String, Set<String>> groups,
      List<Row> rows) {}

  /** A problem at a line of a table, e.g. "mine.tsv:12: inter code must be 0-8, was 9". */
  record Problem(String source, int line, String message) {
    @Override
    public String toString() {
      return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  static final String FORMAT = "sitrep-actors";
  static final String VERSION = "2";
  private static final int MIN_COLUMNS = 8;
  private static final int MAX_COLUMNS = 12;
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern GROUP_NAME = Pattern.compile("@?[A-Z][A-Z0-9_]{3,}");
  private static final Pattern BAR = Pattern.compile("\\|");

  private final String source;
  private final Map<String, Set<String>> knownGroups;
  private final List<Problem> problems;

  private ActorTableReader(String source, Map<String, Set<String>> knownGroups,
      List<Problem> problems) {
    this.source = source;
    this.knownGroups = knownGroups;
    this.problems = problems;
  }

  /**
   * Reads a table; groups defined in earlier tables may be used in its context cells, and the
   * groups it defines are added to {@code knownGroups}. Problems are added to {@code problems}.
   */
  static Table read(InputStream tsv, String source, Map<String, Set<String>> knownGroups,
      List<Problem> problems) {
    return new ActorTableReader(source, knownGroups, problems).read(tsv);
  }

  /** A table with nothing in it, standing for one that could not be read. */
  static Table empty(String source) {
    return new Table(source, Map.of(), Map.of(), Map.of(), List.of());
  }

  private Table read(InputStream tsv) {
    Map<String, CountryName> countries = new HashMap<>();
    Map<String, List<CountryName.Regime>> regimes = new HashMap<>();
    Map<String, Set<String>> groups = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    List<DataTable.Line> lines = DataTable.read(tsv, source);
    if (lines.isEmpty() || !isFormatLine(lines.get(0).cells())) {
      int at = lines.isEmpty() ? 0 : lines.get(0).number();
      problems.add(new Problem(source, at, (lines.isEmpty() ? "the table is empty; its" : "the")
          + " first line must be '@format<TAB>" + FORMAT + "<TAB>" + VERSION
          + "' (see docs/actors.md)"));
      return new Table(source, Map.of(), Map.of(), Map.of(), List.of());
    }
    for (DataTable.Line line : lines.subList(1, lines.size())) {
      String[] cells = line.cells();
      try {
        switch (cells[0].trim()) {
          case "@country" -> {
            CountryName country = country(cells);
            countries.put(country.iso3(), country);
          }
          case "@regime" -> {
            CountryName.Regime regime = regime(cells, line.number());
            regimes.computeIfAbsent(iso3(cells[1].trim()), k -> new ArrayList<>()).add(regime);
          }
          case "@group" -> {
            Set<String> members = group(cells);
            String name = cells[1].trim().replaceFirst("^@", "");
            groups.put(name, members);
            knownGroups.put(name, members);
          }
          case "@format" -> throw new IllegalArgumentException("a second @format line");
          default -> rows.add(actorRow(cells, line.number()));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(source, line.number(), e.getMessage()));
      }
    }
    regimes.values().forEach(list -> list.sort((a, b) -> a.from().compareTo(b.from())));
    return new Table(source, countries, regimes, groups, rows);
  }

  private static boolean isFormatLine(String[] cells) {
    return cells.length >= 3 && cells[0].trim().equals("@format")
        && cells[1].trim().equals(FORMAT) && cells[2].trim().equals(VERSION);
  }

  private static CountryName country(String[] cells) {
    if (cells.length < 3 || cells[2].isBlank()) {
      throw new IllegalArgumentException("a country row needs @country, ISO3 and a name");
    }
    String name = cells[2].trim();
    String afterOf = cells.length > 3 && !cells[3].isBlank() ? cells[3].trim() : name;
    return new CountryName(iso3(cells[1].trim()), name, afterOf, List.of());
  }

  private CountryName.Regime regime(String[] cells, int line) {
    if (cells.length < 4 || cells[3].isBlank()) {
      throw new IllegalArgumentException("a regime row needs @regime, ISO3, a start date and a label");
    }
    try {
      return new CountryName.Regime(LocalDate.parse(cells[2].trim()), cells[3].trim(),
          source + ":" + line);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + cells[2].trim() + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static Set<String> group(String[] cells) {
    if (cells.length < 3 || !GROUP_NAME.matcher(cells[1].trim()).matches()) {
      throw new IllegalArgumentException(
          "a group row needs @group, a name of 4+ capitals (e.g. LATAM) and ISO3 codes");
    }
    Set<String> members = new HashSet<>();
    for (String code : BAR.split(cells[2].trim())) {
      members.add(iso3(code.trim()));
    }
    return Set.copyOf(members);
  }

  private Row actorRow(String[] cells, int line) {
    if (cells.length < MIN_COLUMNS || cells.length > MAX_COLUMNS) {
      throw new IllegalArgumentException("expected " + MIN_COLUMNS + " to " + MAX_COLUMNS
          + " tab-separated columns, found " + cells.length);
    }
    String name = cells[0].trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("the actor name is empty");
    }
    String iso3 = cells[3].trim();
    if (!iso3.isEmpty() && !iso3.equals(ActorEntry.STORY_COUNTRY)) {
      iso3(iso3);
    }
    int inter = inter(cells[1]);
    if (inter == 0 && !name.equals(ActorEntry.NO_ACTOR)) {
      throw new IllegalArgumentException("actor '" + name + "' needs an inter code 1-8");
    }
    List<String> aliases = bar(cells[7]);
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("actor '" + name + "' lists no alias");
    }
    for (String alias : aliases) {
      if (Words.of(alias).isEmpty()) {
        throw new IllegalArgumentException("alias '" + alias + "' has no letters or digits");
      }
    }
    ActorEntry entry = new ActorEntry(name, inter, cells[2].trim(), iso3, generic(cells[4]),
        contexts(cells[5]), Period.parse(cells[6]), cell(cells, 8), bar(cell(cells, 9)),
        source + ":" + line, StoryWords.of(cell(cells, 11)));
    return new Row(entry, aliases, line);
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i].trim() : "";
  }

  private static List<String> bar(String cell) {
    return Arrays.stream(BAR.split(cell)).map(String::trim).filter(a -> !a.isEmpty()).toList();
  }

  private static int inter(String cell) {
    try {
      int inter = cell.isBlank() ? 0 : Integer.parseInt(cell.trim());
      if (inter < 0 || inter > 8) {
        throw new IllegalArgumentException("inter code must be 0-8, was " + inter);
      }
      return inter;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("inter code is not a number: '" + cell.trim() + "'");
    }
  }

  private static boolean generic(String cell) {
    String value = cell.trim();
    if (value.isEmpty() || value.equals("no")) {
      return false;
    }
    if (value.equals("yes")) {
      return true;
    }
    throw new IllegalArgumentException("generic must be yes or no, was '" + value + "'");
  }

  /** ISO3 codes, and the members of named groups ("LATAM" or "@LATAM"). */
  private Set<String> contexts(String cell) {
    Set<String> contexts = new HashSet<>();
    for (String code : BAR.split(cell.trim())) {
      String c = code.trim();
      if (c.isEmpty()) {
        continue;
      }
      if (ISO3.matcher(c).matches()) {
        contexts.add(c);
      } else {
        Set<String> members = knownGroups.get(c.replaceFirst("^@", ""));
        if (members == null) {
          throw new IllegalArgumentException(
              "'" + c + "' is neither an ISO3 code nor a @group defined above");
        }
        contexts.addAll(members);
      }
    }
    return contexts;
  }

  private static String iso3(String code) {
    if (!ISO3.matcher(code).matches()) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO3 country code");
    }
    return code;
  }
}
