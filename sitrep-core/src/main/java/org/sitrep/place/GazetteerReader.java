package org.sitrep.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.Place;

/**
 * Reads the gazetteer's tab-separated files: the GeoNames-derived gazetteer.tsv.gz and the
 * hand-compiled places-supplement.tsv, which adds a trailing source column. Each file starts with
 * a header line; alternate names are separated by '|'.
 */
final class GazetteerReader {
  /** One place as written in the file, before country names are attached. */
  record Row(
      long geonameId,
      String name,
      double latitude,
      double longitude,
      String featureCode,
      String iso2,
      String iso3,
      String admin1,
      String admin2,
      long population,
      List<String> alternateNames,
      boolean curated) {
    /** The row as a place, with its country's name and its name as ACLED writes locations. */
    Place toPlace(String country) {
      return new Place(geonameId, displayName(name), latitude, longitude, featureCode, country,
          iso3, admin1, admin2, population);
    }
  }

  /** Transliteration marks dropped ("Albu Kamal"), as ACLED writes locations. */
  static String displayName(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}+", "").replaceAll("[ʿʾʻʼ‘]", "");
  }

  private static final int COLUMNS = 11;

  private GazetteerReader() {}

  static List<Row> readGzip(InputStream in, String label) {
    try {
      return read(new GZIPInputStream(in, 1 << 16), label, false);
    } catch (IOException e) {
      throw new UncheckedIOException(label + ": cannot read: " + e.getMessage(), e);
    }
  }

  static List<Row> readPlain(InputStream in, String label) {
    return read(in, label, true);
  }

  private static List<Row> read(InputStream in, String label, boolean curated) {
    List<Row> rows = new ArrayList<>(curated ? 256 : 210_000);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line = reader.readLine();
      if (line == null || !line.startsWith("geonameid\t")) {
        throw new IllegalArgumentException(label + ": missing header line starting 'geonameid'");
      }
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(parse(line, label, number, curated));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(label + ": cannot read: " + e.getMessage(), e);
    }
    return rows;
  }

  private static Row parse(String line, String label, int number, boolean curated) {
    String[] f = line.split("\t", -1);
    int expected = curated ? COLUMNS + 1 : COLUMNS;
    if (f.length != expected) {
      throw new IllegalArgumentException(
          label + " line " + number + ": expected " + expected + " columns, found " + f.length);
    }
    try {
      return new Row(
          Long.parseLong(f[0]),
          f[1],
          Double.parseDouble(f[2]),
          Double.parseDouble(f[3]),
          f[4],
          f[5],
          f[6],
          f[7],
          f[8],
          f[9].isEmpty() ? 0 : Long.parseLong(f[9]),
          f[10].isEmpty() ? List.of() : List.of(f[10].split("\\|")),
          curated);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          label + " line " + number + ": bad number (" + e.getMessage() + ")", e);
    }
  }
}
