package org.sitrep.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
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

  /** The bundled tables; a table missing from the classpath leaves its areas at their seats. */
  public static Centres loadDefault() {
    Map<String, double[]> countries = new HashMap<>();
    read("country-centres.tsv",
        f -> iso3(f[0]).ifPresent(c -> countries.put(c, point(f[1], f[2]))));
    Map<String, double[]> divisions = new HashMap<>();
    read("division-centres.tsv", f -> {
      for (String name : f[4].split("\\|")) {
        iso3(f[1]).ifPresent(c -> divisions.put(c + ":" + PlaceNames.key(name), point(f[2], f[3])));
      }
    });
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

  private static double[] point(String lat, String lon) {
    return new double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
  }

  /** The alpha-3 code of an alpha-2 code, when the JDK knows it (Kosovo's XK it does not). */
  static java.util.Optional<String> iso3(String iso2) {
    try {
      return java.util.Optional.of(new Locale("", iso2).getISO3Country());
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  private static void read(String resource, java.util.function.Consumer<String[]> row) {
    InputStream in = Centres.class.getResourceAsStream(resource);
    if (in == null) {
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank() || line.startsWith("code\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          row.accept(f);
        } catch (RuntimeException e) {
          throw new IllegalStateException("bundled " + resource + " line " + number
              + " is malformed: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bundled " + resource + " cannot be read", e);
    }
  }
}
