package org.sitrep.normalize;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.internal.DataTable;

/** Reads the actor table (actors.tsv); its header comment documents the columns. */
final class ActorTableReader {

  /** An actor row with the aliases it lists. */
  record Row(ActorEntry entry, List<String> aliases) {}

  /** The whole table: country names for the name patterns, and the actor rows in file order. */
  record Table(Map<String, CountryName> countries, List<Row> rows) {}

  private static final String COUNTRY_ROW = "@country";
  private static final int ACTOR_COLUMNS = 7;
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern BAR = Pattern.compile("\\|");

  private ActorTableReader() {}

  static Table read(InputStream tsv) {
    Map<String, CountryName> countries = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (DataTable.Line line : DataTable.read(tsv, "the actor table")) {
      String[] cells = line.cells();
      try {
        if (cells[0].equals(COUNTRY_ROW)) {
          CountryName country = country(cells);
          countries.put(country.iso3(), country);
        } else {
          rows.add(actorRow(cells));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "actor table line " + line.number() + ": " + e.getMessage(), e);
      }
    }
    return new Table(Map.copyOf(countries), List.copyOf(rows));
  }

  private static CountryName country(String[] cells) {
    if (cells.length < 4) {
      throw new IllegalArgumentException("a country row needs @country, ISO3, name and period");
    }
    String iso3 = iso3(cells[1]);
    String name = cells[2].trim();
    String afterOf = cells.length > 4 && !cells[4].isBlank() ? cells[4].trim() : name;
    return new CountryName(iso3, name, afterOf, cells[3].trim());
  }

  private static Row actorRow(String[] cells) {
    if (cells.length < ACTOR_COLUMNS) {
      throw new IllegalArgumentException(
          "expected " + ACTOR_COLUMNS + " tab-separated columns, found " + cells.length);
    }
    String name = cells[0].trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("the actor name is empty");
    }
    String iso3 = cells[3].trim();
    if (!iso3.isEmpty() && !iso3.equals("*")) {
      iso3(iso3);
    }
    ActorEntry entry =
        new ActorEntry(name, inter(cells[1]), cells[2].trim(), iso3, generic(cells[4]),
            contexts(cells[5]));
    List<String> aliases =
        Arrays.stream(BAR.split(cells[6])).map(String::trim).filter(a -> !a.isEmpty()).toList();
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("actor '" + name + "' lists no alias");
    }
    return new Row(entry, aliases);
  }

  private static int inter(String cell) {
    try {
      int inter = cell.isBlank() ? 0 : Integer.parseInt(cell.trim());
      if (inter < 0 || inter > 8) {
        throw new IllegalArgumentException("inter code must be 0-8, was " + inter);
      }
      return inter;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("inter code is not a number: '" + cell + "'");
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

  private static Set<String> contexts(String cell) {
    Set<String> contexts = new HashSet<>();
    for (String code : BAR.split(cell.trim())) {
      if (!code.isBlank()) {
        contexts.add(iso3(code.trim()));
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
