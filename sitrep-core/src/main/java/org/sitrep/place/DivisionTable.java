package org.sitrep.place;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First- and second-order divisions by code, from GeoNames' admin1CodesASCII.txt and
 * admin2Codes.txt, with the English names of divisions-english.tsv: where one is given, the
 * division's name (and the admin1 of every place inside) becomes the English primary and
 * GeoNames' names become alternates.
 */
final class DivisionTable {
  /**
   * A first-order division.
   *
   * @param code "SY.07"
   * @param name the name Sitrep writes: the English primary, else GeoNames' ASCII name
   * @param names other names, not yet filtered
   */
  record Admin1(String code, String name, List<String> names, long geonameId) {}

  /** A second-order division; code "AF.23.2407". */
  record Admin2(String code, String name, String asciiName, long geonameId) {}

  private final Map<String, Admin1> admin1;
  private final Map<String, Admin2> admin2;

  private DivisionTable(Map<String, Admin1> admin1, Map<String, Admin2> admin2) {
    this.admin1 = admin1;
    this.admin2 = admin2;
  }

  static DivisionTable read(GeoNamesSource admin1Codes, GeoNamesSource admin2Codes,
      CuratedFiles curated, ImportListener listener) throws IOException {
    Map<String, String[]> english = new HashMap<>();
    curated.read(CuratedFiles.DIVISIONS_ENGLISH, 2, f -> english.put(f[0], f));
    Map<String, Admin1> admin1 = new LinkedHashMap<>();
    TabRows.read(admin1Codes, 4, listener, f -> {
      long id = CountryTable.parseLong(f[3], "geonameid");
      String[] en = english.get(f[0]);
      List<String> names = new ArrayList<>();
      if (en != null) {
        names.add(f[1]);
        names.add(f[2]);
        if (en.length > 2) {
          names.addAll(CountryTable.split(en[2]));
        }
        admin1.put(f[0], new Admin1(f[0], en[1].strip(), names, id));
      } else {
        names.add(f[1]);
        admin1.put(f[0], new Admin1(f[0], f[2], names, id));
      }
    });
    Map<String, Admin2> admin2 = new LinkedHashMap<>();
    TabRows.read(admin2Codes, 4, listener, f -> admin2.put(f[0],
        new Admin2(f[0], f[1], f[2], CountryTable.parseLong(f[3], "geonameid"))));
    return new DivisionTable(admin1, admin2);
  }

  Admin1 admin1(String code) {
    return admin1.get(code);
  }

  Admin2 admin2(String code) {
    return admin2.get(code);
  }

  /** First-order divisions in file order. */
  Iterable<Admin1> allAdmin1() {
    return admin1.values();
  }

  Iterable<Admin2> allAdmin2() {
    return admin2.values();
  }
}
