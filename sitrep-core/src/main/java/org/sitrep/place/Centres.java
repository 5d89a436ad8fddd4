package org.sitrep.place;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.internal.DataTable;
import org.sitrep.internal.IsoCountries;
import org.sitrep.model.Place;

/**
 * The central point of a country or province. The gazetteer holds an area at its seat, where
 * ACLED codes an event known only by its province or country; a geoparser answering "where is
 * Texas?" gives the area's centre instead. Countries from {@code country-centres.tsv} (published
 * geographic coordinates), provinces from {@code division-centres.tsv} (the span of their towns).
 */
public final class Centres {
  private final Map<String, double[]> countries;
  private final Map<String, double[]> divisions;

  private Centres(Map<String, double[]> countries, Map<String, double[]> divisions) {
    this.countries = countries;
    this.divisions = divisions;
  }

  /** The bundled tables. */
  public static Centres loadDefault() {
    Map<String, double[]> countries = new HashMap<>();
    for (DataTable.Line line : DataTable.bundled(Centres.class, "country-centres.tsv")) {
      double[] point = point(line.cell(1), line.cell(2), line);
      IsoCountries.alpha3(line.cell(0)).ifPresent(c -> countries.put(c, point));
    }
    Map<String, double[]> divisions = new HashMap<>();
    for (DataTable.Line line : DataTable.bundled(Centres.class, "division-centres.tsv")) {
      if (line.cell(0).equals("code")) {
        continue; // the header line
      }
      double[] point = point(line.cell(2), line.cell(3), line);
      for (String name : line.cell(4).split("\\|")) {
        IsoCountries.alpha3(line.cell(1)).ifPresent(c -> divisions.put(c + ":" + PlaceNames.key(name), point));
      }
    }
    return new Centres(Map.copyOf(countries), Map.copyOf(divisions));
  }

  /** The place at its centre when it is a country or province with a known centre; else itself. */
  public Place centred(Place p) {
    String code = p.featureCode();
    double[] c = code.startsWith("PCL") ? countries.get(p.iso3())
        : code.equals("ADM1") ? divisions.get(p.iso3() + ":" + PlaceNames.key(p.name())) : null;
    return c == null ? p : new Place(p.geonameId(), p.name(), c[0], c[1], code, p.country(),
        p.iso3(), p.admin1(), p.admin2(), p.population());
  }

  private static double[] point(String lat, String lon, DataTable.Line line) {
    try {
      return new double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
    } catch (NumberFormatException e) {
      throw new IllegalStateException("bundled centres table line " + line.number()
          + " is malformed: " + e.getMessage(), e);
    }
  }
}
