package org.sitrep.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code country-names.tsv}: per ISO 3166-1 alpha-2 code, the other names English news gives
 * a country ("Burma", "the UAE", "Ivory Coast"), '|'-separated; '#' starts a comment line.
 */
final class CountryNames {
  private CountryNames() {}

  static Map<String, List<String>> read(InputStream in) {
    Map<String, List<String>> names = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 2 || f[0].length() != 2) {
          throw new IllegalArgumentException("country names line " + number
              + ": expected an ISO alpha-2 code, a tab and names separated by '|'");
        }
        names.put(f[0], f[1].isEmpty() ? List.of() : List.of(f[1].split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("country names: cannot read: " + e.getMessage(), e);
    }
    return Map.copyOf(names);
  }
}
