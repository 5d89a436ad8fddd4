package org.sitrep.place;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Place;

/**
 * Countries and divisions for a main table that lacks their rows (cities files have towns only),
 * built from the towns as they stream past, so memory grows with the number of divisions, not of
 * towns: a country sits at its capital; a province at its seat (else its most populous town); a
 * district at the centroid of its towns, closer to where ACLED puts a district than any one town.
 * Populations are sums over the towns held, a lower bound.
 */
final class DivisionSynthesis {
  /** Country codes countryInfo still lists but that no longer exist. */
  private static final Set<String> RETIRED_ISO3 = Set.of("SCG", "ANT");

  private record Town(double latitude, double longitude, long population) {}

  private static final class Province {
    long population;
    Town seat;
    Town largest;
  }

  private static final class District {
    double latitudeSum;
    double longitudeSum;
    int towns;
    long population;
  }

  private static final class Nation {
    Town pplc;
    Town namedCapital;
    Town largest;
    /** The main table's own country row, if it has one: its names and, lacking towns, position. */
    Town ownRow;
    final List<String> ownNames = new ArrayList<>();
  }

  private final CountryTable countries;
  private final DivisionTable divisions;
  private final Map<String, Province> provinces = new HashMap<>();
  private final Map<String, District> districts = new HashMap<>();
  private final Map<String, Nation> nations = new HashMap<>();
  private final Set<String> ownDivisionRows = new HashSet<>();

  DivisionSynthesis(CountryTable countries, DivisionTable divisions) {
    this.countries = countries;
    this.divisions = divisions;
  }

  /** Counts a populated place of the main table towards its country and divisions. */
  void town(String iso2, String admin1, String admin2, String featureCode, String name,
      double latitude, double longitude, long population) {
    Town town = new Town(latitude, longitude, population);
    Province province = provinces.computeIfAbsent(iso2 + "." + admin1, k -> new Province());
    province.population += population;
    province.largest = larger(province.largest, town);
    if (featureCode.equals("PPLA") || featureCode.equals("PPLC")) {
      province.seat = larger(province.seat, town);
    }
    if (!admin2.isEmpty()) {
      District district =
          districts.computeIfAbsent(iso2 + "." + admin1 + "." + admin2, k -> new District());
      district.latitudeSum += latitude;
      district.longitudeSum += longitude;
      district.towns++;
      district.population += population;
    }
    Nation nation = nations.computeIfAbsent(iso2, k -> new Nation());
    nation.largest = larger(nation.largest, town);
    if (featureCode.equals("PPLC")) {
      nation.pplc = larger(nation.pplc, town);
    }
    String capital = countries.get(iso2).map(CountryTable.Country::capital).orElse("");
    if (name.equals(capital) || PlaceNames.key(name).equals(PlaceNames.key(capital))) {
      nation.namedCapital = larger(nation.namedCapital, town);
    }
  }

  /** The main table has its own row for this division ("SY.07" or "AF.23.2407"). */
  void ownDivisionRow(String code) {
    ownDivisionRows.add(code);
  }

  /** The main table's own row of a country: its names join the country's. */
  void ownCountryRow(String iso2, double latitude, double longitude, List<String> names) {
    Nation nation = nations.computeIfAbsent(iso2, k -> new Nation());
    nation.ownRow = new Town(latitude, longitude, 0);
    nation.ownNames.addAll(names);
  }

  /** Python's max(): the first of equals wins. */
  private static Town larger(Town best, Town town) {
    return best == null || town.population() > best.population() ? town : best;
  }

  /** Writes one country row per country with a capital, then the missing divisions. */
  void emit(Consumer<GazetteerEntry> out) {
    for (CountryTable.Country c : countries.all()) {
      Nation nation = nations.get(c.iso2());
      if (nation == null || RETIRED_ISO3.contains(c.iso3())) {
        continue;
      }
      Town capital = nation.pplc != null ? nation.pplc
          : nation.namedCapital != null ? nation.namedCapital
          : nation.largest != null ? nation.largest : nation.ownRow;
      List<String> names = new ArrayList<>(c.names());
      names.addAll(nation.ownNames);
      Place place = new Place(c.geonameId(), DisplayNames.of(c.name()),
          capital.latitude(), capital.longitude(), "PCLI", c.name(), c.iso3(), "", "",
          c.population());
      out.accept(new GazetteerEntry(place, c.name(), NameFilter.alternates(c.name(), names, true),
          false));
    }
    for (DivisionTable.Admin1 a : divisions.allAdmin1()) {
      Province p = provinces.get(a.code());
      String iso2 = a.code().substring(0, a.code().indexOf('.'));
      if (p == null || !countries.contains(iso2) || ownDivisionRows.contains(a.code())) {
        continue;
      }
      Town seat = p.seat != null ? p.seat : p.largest;
      String iso3 = countries.get(iso2).orElseThrow().iso3();
      Place place = new Place(a.geonameId(), DisplayNames.of(a.name()),
          seat.latitude(), seat.longitude(), "ADM1", countries.nameOf(iso3), iso3, a.name(), "",
          p.population);
      out.accept(new GazetteerEntry(place, a.name(),
          NameFilter.alternates(a.name(), provinceNames(a.names()), true), false));
    }
    for (DivisionTable.Admin2 a : divisions.allAdmin2()) {
      District d = districts.get(a.code());
      String[] parts = a.code().split("\\.");
      if (d == null || !countries.contains(parts[0]) || ownDivisionRows.contains(a.code())) {
        continue;
      }
      DivisionTable.Admin1 province = divisions.admin1(parts[0] + "." + parts[1]);
      String iso3 = countries.get(parts[0]).orElseThrow().iso3();
      String primary = NameFilter.clean(a.asciiName());
      Place place = new Place(a.geonameId(), DisplayNames.of(primary),
          fiveDecimals(d.latitudeSum / d.towns), fiveDecimals(d.longitudeSum / d.towns), "ADM2",
          countries.nameOf(iso3), iso3, province == null ? "" : province.name(), primary,
          d.population);
      out.accept(new GazetteerEntry(place, primary,
          NameFilter.alternates(primary, districtNames(a.name(), primary), false), false));
    }
  }

  /**
   * A district's names: GeoNames' own, both without "District", "County" and the like, and
   * without a leading "Province of".
   */
  static List<String> districtNames(String name, String primary) {
    List<String> names = new ArrayList<>();
    names.add(NameFilter.clean(name));
    addStripped(names, NameFilter.withoutDivisionSuffixes(primary),
        NameFilter.withoutDivisionSuffixes(NameFilter.clean(name)),
        NameFilter.withoutDivisionPrefix(primary));
    return names;
  }

  /**
   * A first-order division's other names, each also without the word of its kind ("Los Rios
   * Region" is also "Los Rios") or a leading "Region of".
   */
  static List<String> provinceNames(List<String> names) {
    List<String> all = new ArrayList<>(names);
    for (String name : names) {
      addStripped(all, NameFilter.withoutProvinceSuffix(name),
          NameFilter.withoutDivisionPrefix(name));
    }
    return all;
  }

  /** Adds each name that stripping left (null where there was nothing to strip). */
  private static void addStripped(List<String> names, String... stripped) {
    for (String name : stripped) {
      if (name != null) {
        names.add(NameFilter.clean(name));
      }
    }
  }

  /** Centroids are rounded as the tables Sitrep used to ship wrote them. */
  private static double fiveDecimals(double value) {
    return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
  }
}
