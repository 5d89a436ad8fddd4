package org.sitrep.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which GeoNames names a gazetteer keeps: Latin-script names a news writer could use, not airport
 * codes, links, postcodes or lower-case transliterations, and no name that folds to one already
 * kept for the place.
 */
final class NameFilter {
  /** GeoNames lists IATA and ICAO airport codes among the alternate names. */
  private static final Pattern AIRPORT_CODE = Pattern.compile("[A-Z]{3,4}");
  private static final String ALLOWED_MARKS = " -'.,()&/ʿʾʻʼ‘’`´";
  private static final String MODIFIER_LETTERS = "ʿʾʻʼ";

  /**
   * Words GeoNames appends to district names that news usually leaves off. "Agency": Pakistan's
   * tribal agencies, districts since 2018, which news calls "Bajaur district" or "Mohmand".
   */
  private static final List<String> DIVISION_SUFFIXES = List.of("Local Government Area",
      "District", "Wuleswali", "Woreda", "LGA", "Municipality", "County", "Province", "Agency");
  /**
   * Words GeoNames appends to some first-order divisions ("Los Rios Region", "Kherson Oblast",
   * "West Kordofan State"), where news writes "Los Rios" or "the Kherson region".
   */
  private static final List<String> PROVINCE_SUFFIXES = List.of("Region", "Province", "Oblast",
      "Governorate", "State", "District", "Rayon", "Prefecture", "Department", "Municipality");
  /**
   * "Province of Batangas", and GeoNames' names in the country's language: "Province du Soum",
   * "Provincia de Lima", "Departamento de Rosario", "Municipio de Ixcan", "Cercle de Gao".
   */
  private static final Pattern DIVISION_PREFIX = Pattern.compile(
      "(?i)(?:Province|Provincia|Department|Departamento|D[ée]partement|District|Distrito"
          + "|County|Municipality|Municipio|Prefecture|Pr[ée]fecture|Canton|Commune|Region"
          + "|R[ée]gion|Partido|Arrondissement|Cercle|D[ée]l[ée]gation|Daira)"
          + "\\s+(?:of\\s+(?:the\\s+)?|de\\s+la\\s+|de\\s+l'|d'|del?\\s+|du\\s+|des\\s+)");
  /** What is left of "Central District" or "North County" is a direction, not a name. */
  private static final Set<String> NOT_DISTRICT_NAMES = Set.of("north", "south", "east", "west",
      "central", "centre", "center", "northern", "southern", "eastern", "western", "capital",
      "city", "town", "urban", "rural", "the");

  private NameFilter() {}

  /**
   * The candidates worth indexing beside the main name, in order, without repeats.
   *
   * @param codesAllowed true for countries and provinces, whose short codes ("UAE", "DRC", "AJK")
   *     news does write; a town's are often its airport's
   */
  static List<String> alternates(String main, List<String> candidates, boolean codesAllowed) {
    Set<String> seen = new HashSet<>();
    seen.add(PlaceNames.key(main));
    List<String> kept = new ArrayList<>();
    for (String candidate : candidates) {
      String alternate = collapseSpaces(candidate);
      String key = PlaceNames.key(alternate);
      if (!key.isEmpty() && !seen.contains(key) && keep(alternate, codesAllowed)) {
        seen.add(key);
        kept.add(alternate);
      }
    }
    return kept;
  }

  /** Latin names only, with a capital letter; no codes (unless allowed), digits or links. */
  static boolean keep(String name, boolean codesAllowed) {
    if (name.isEmpty() || name.contains("http") || name.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if (!codesAllowed && AIRPORT_CODE.matcher(name).matches()) {
      return false;
    }
    return name.codePoints().anyMatch(Character::isUpperCase) && isLatin(name);
  }

  /** True when every letter is Latin script and the rest is ordinary punctuation or marks. */
  static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        if (MODIFIER_LETTERS.indexOf(c) < 0 && !isLatinLetter(c)) {
          return false;
        }
      } else if (ALLOWED_MARKS.indexOf(c) < 0 && !isMark(c)) {
        return false;
      }
    }
    return true;
  }

  /** A cased Latin letter: not 'ⁿ' or 'ª', which are Latin but no letter a name is spelt with. */
  private static boolean isLatinLetter(int c) {
    if (c < 128) {
      return true;
    }
    int type = Character.getType(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
        && (type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER
            || type == Character.TITLECASE_LETTER);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The name without a leading administrative word ("Province of Bulacan", "Department of
   * Cusco"), or null: GeoNames writes some second-order divisions so, while news says "Bulacan
   * province" or "Bulacan".
   */
  static String withoutDivisionPrefix(String name) {
    Matcher m = DIVISION_PREFIX.matcher(name);
    if (!m.lookingAt() || m.end() == name.length()
        || NOT_DISTRICT_NAMES.contains(PlaceNames.key(name.substring(m.end())))) {
      return null;
    }
    return name.substring(m.end()).strip();
  }

  /** The name with trailing administrative words removed ("Maywand District"), or null. */
  static String withoutDivisionSuffixes(String name) {
    return withoutSuffixes(name, DIVISION_SUFFIXES);
  }

  /** A first-order division's name without the word of its kind ("Los Rios Region"), or null. */
  static String withoutProvinceSuffix(String name) {
    return withoutSuffixes(name, PROVINCE_SUFFIXES);
  }

  private static String withoutSuffixes(String name, List<String> suffixes) {
    String stripped = name;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String suffix : suffixes) {
        if (stripped.toLowerCase(Locale.ROOT).endsWith(" " + suffix.toLowerCase(Locale.ROOT))) {
          stripped = stripTrailing(stripped.substring(0, stripped.length() - suffix.length()));
          changed = true;
        }
      }
    }
    if (stripped.equals(name) || stripped.isEmpty()
        || NOT_DISTRICT_NAMES.contains(PlaceNames.key(stripped))) {
      return null;
    }
    return stripped;
  }

  /** Tabs and '|' would break the tables Sitrep writes; they become spaces. */
  static String clean(String text) {
    return text.replace('\t', ' ').replace('|', ' ').strip();
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && " -,".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
