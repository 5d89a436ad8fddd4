package org.sitrep.ingest.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names as news pages write them in the languages most conflict reporting is published in
 * with Latin script: English (with its abbreviations), French, Spanish, Portuguese, Italian and
 * German. Names that several languages share ("agosto", "novembre") mean the same month in each.
 */
public final class MonthNames {
  private static final String[][] NAMES = {
    {"january", "jan", "janvier", "enero", "janeiro", "gennaio", "januar", "jänner"},
    {"february", "feb", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februar"},
    {"march", "mar", "mars", "marzo", "março", "marco", "märz", "maerz"},
    {"april", "apr", "avril", "abril", "aprile"},
    {"may", "mai", "mayo", "maio", "maggio"},
    {"june", "jun", "juin", "junio", "junho", "giugno", "juni"},
    {"july", "jul", "juillet", "julio", "julho", "luglio", "juli"},
    {"august", "aug", "août", "aout", "agosto"},
    {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"},
    {"october", "oct", "octobre", "octubre", "outubro", "ottobre", "oktober", "okt"},
    {"november", "nov", "novembre", "noviembre", "novembro"},
    {"december", "dec", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "dezember",
        "dez"},
  };
  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    for (int month = 0; month < NAMES.length; month++) {
      for (String name : NAMES[month]) {
        NUMBERS.put(name, month + 1);
      }
    }
  }

  /** A regular expression group matching any name, longest first, with an abbreviation's dot. */
  static final String PATTERN = NUMBERS.keySet().stream()
      .sorted(Comparator.comparing(String::length).reversed().thenComparing(s -> s))
      .collect(Collectors.joining("|", "(", ")\\.?"));

  private MonthNames() {}

  /** The month's number, 1 to 12, or 0 if {@code name} is no month. */
  public static int number(String name) {
    return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
  }
}
