package org.sitrep.place;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries of GeoNames' countryInfo.txt, with the names Sitrep adds: the English name news
 * uses where it differs (country-display-names.tsv), more names (country-names.tsv) and the
 * JDK's own country names in a few Latin-script languages.
 */
final class CountryTable {
  /** Languages whose country names the JDK knows and news in Latin script may use. */
  private static final List<Locale> NAME_LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH,
      new Locale("es"), Locale.GERMAN, Locale.ITALIAN, new Locale("pt"));

  /**
   * One country.
   *
   * @param name the name Sitrep writes, e.g. "Democratic Republic of Congo"
   * @param capital the capital's name as countryInfo writes it
   * @param names other names, in order of preference, not yet filtered
   */
  record Country(String iso2, String iso3, String name, String capital, long population,
      long geonameId, List<String> names) {}

  private final Map<String, Country> byIso2;
  private final Map<String, String> namesByIso3;

  private CountryTable(Map<String, Country> byIso2) {
    this.byIso2 = byIso2;
    Map<String, String> names = new HashMap<>();
    byIso2.values().forEach(c -> names.putIfAbsent(c.iso3(), c.name()));
    this.namesByIso3 = names;
  }

  static CountryTable read(GeoNamesSource countryInfo, CuratedFiles curated,
      ImportListener listener) throws IOException {
    Map<String, String> display = new HashMap<>();
    curated.read(CuratedFiles.COUNTRY_DISPLAY_NAMES, 2, f -> display.put(f[0], f[1].strip()));
    Map<String, List<String>> extra = new HashMap<>();
    curated.read(CuratedFiles.COUNTRY_NAMES, 2, f -> extra.put(f[0], split(f[1])));
    Map<String, Country> countries = new LinkedHashMap<>();
    TabRows.read(countryInfo, 17, listener, f -> {
      String iso2 = f[0];
      if (iso2.equals("ISO")) {
        return;  // the column header, which some copies keep without its '#'
      }
      String geonamesName = f[4];
      List<String> names = new ArrayList<>();
      names.add(geonamesName);
      names.addAll(extra.getOrDefault(iso2, List.of()));
      names.addAll(jdkNames(iso2));
      countries.put(iso2, new Country(iso2, f[1], display.getOrDefault(iso2, geonamesName), f[5],
          parseLong(f[7], "population"), parseLong(f[16], "geonameid"), names));
    });
    return new CountryTable(countries);
  }

  Optional<Country> get(String iso2) {
    return Optional.ofNullable(byIso2.get(iso2));
  }

  boolean contains(String iso2) {
    return byIso2.containsKey(iso2);
  }

  Iterable<Country> all() {
    return byIso2.values();
  }

  /** The name Sitrep writes for the country with this alpha-3 code; empty when unknown. */
  String nameOf(String iso3) {
    return namesByIso3.getOrDefault(iso3, "");
  }

  /** The country's name as the JDK writes it in each of a few languages ("Syrie", "Siria"). */
  private static List<String> jdkNames(String iso2) {
    Locale country = new Locale("", iso2);
    List<String> names = new ArrayList<>();
    for (Locale language : NAME_LOCALES) {
      String name = country.getDisplayCountry(language);
      if (!name.isEmpty() && !name.equals(iso2)) {
        names.add(name);
      }
    }
    return names;
  }

  static List<String> split(String names) {
    List<String> out = new ArrayList<>();
    for (String name : names.split("\\|")) {
      if (!name.isBlank()) {
        out.add(name.strip());
      }
    }
    return out;
  }

  static long parseLong(String text, String what) {
    if (text.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a whole number: '" + text + "'");
    }
  }
}
