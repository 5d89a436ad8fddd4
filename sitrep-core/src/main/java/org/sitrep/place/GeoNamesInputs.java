package org.sitrep.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The GeoNames files of one import, told apart by their names as GeoNames serves them: a main
 * table (allCountries, a country file such as SY, or citiesN), optionally alternateNamesV2, and
 * admin1CodesASCII, admin2Codes and countryInfo.
 */
public record GeoNamesInputs(GeoNamesSource main, Optional<GeoNamesSource> alternates,
    GeoNamesSource admin1Codes, GeoNamesSource admin2Codes, GeoNamesSource countryInfo) {
  /** The files bundled with Sitrep: cities500 and its code tables. */
  static final String[] BUNDLED = {"geonames/cities500.txt.gz", "geonames/admin1CodesASCII.txt",
      "geonames/admin2Codes.txt.gz", "geonames/countryInfo.txt"};

  public GeoNamesInputs {
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(alternates, "alternates");
    Objects.requireNonNull(admin1Codes, "admin1Codes");
    Objects.requireNonNull(admin2Codes, "admin2Codes");
    Objects.requireNonNull(countryInfo, "countryInfo");
  }

  /** The bundled files. */
  static GeoNamesInputs bundled() {
    List<GeoNamesSource> sources = new ArrayList<>();
    for (String name : BUNDLED) {
      sources.add(GeoNamesSource.resource(name));
    }
    return of(sources);
  }

  /**
   * Sorts files by name into their roles; a code table not given is taken from the bundled ones.
   *
   * @throws IllegalArgumentException naming the files when no main table, or two, are given
   */
  public static GeoNamesInputs of(List<GeoNamesSource> files) {
    List<GeoNamesSource> mains = new ArrayList<>();
    GeoNamesSource alternates = null;
    GeoNamesSource admin1 = null;
    GeoNamesSource admin2 = null;
    GeoNamesSource countryInfo = null;
    for (GeoNamesSource file : files) {
      String name = file.baseName();
      if (name.startsWith("alternatenames")) {
        alternates = file;
      } else if (name.startsWith("admin1codes")) {
        admin1 = file;
      } else if (name.startsWith("admin2codes")) {
        admin2 = file;
      } else if (name.startsWith("countryinfo")) {
        countryInfo = file;
      } else {
        mains.add(file);
      }
    }
    if (mains.size() != 1) {
      throw new IllegalArgumentException(mains.isEmpty()
          ? "no main table given: name allCountries.txt, a country file such as SY.txt, or a "
              + "citiesN.txt"
          : "one main table at a time, got " + mains.stream().map(GeoNamesSource::label).toList());
    }
    return new GeoNamesInputs(mains.get(0), Optional.ofNullable(alternates),
        admin1 != null ? admin1 : GeoNamesSource.resource(BUNDLED[1]),
        admin2 != null ? admin2 : GeoNamesSource.resource(BUNDLED[2]),
        countryInfo != null ? countryInfo : GeoNamesSource.resource(BUNDLED[3]));
  }

  /** Every file, for the total size a progress bar counts against. */
  public List<GeoNamesSource> all() {
    List<GeoNamesSource> all = new ArrayList<>(List.of(countryInfo, admin1Codes, admin2Codes, main));
    alternates.ifPresent(all::add);
    return all;
  }
}
