package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.sitrep.place.GeoNamesSource;

/** The ISO 3166-1 codes of a GeoNames countryInfo table: alpha-2 to alpha-3. */
final class CountryCodes {
  private final Map<String, String> iso3ByIso2;

  private CountryCodes(Map<String, String> iso3ByIso2) {
    this.iso3ByIso2 = iso3ByIso2;
  }

  /** Reads the first two columns of countryInfo (plain or .gz). */
  static CountryCodes read(GeoNamesSource countryInfo) throws IOException {
    Map<String, String> codes = new HashMap<>();
    InputStream raw = countryInfo.opener().open();
    if (countryInfo.label().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      raw = new GZIPInputStream(raw);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String[] f = line.split("\t", 3);
        if (f.length >= 2 && f[0].matches("[A-Z]{2}") && f[1].matches("[A-Z]{3}")) {
          codes.put(f[0], f[1]);
        }
      }
    }
    return new CountryCodes(codes);
  }

  /**
   * The first code that is not an alpha-2 code of the table, with a hint, or empty when all are
   * known: "SYR: not an ISO 3166-1 alpha-2 code; did you mean SY?".
   */
  Optional<String> firstUnknown(List<String> iso2Codes) {
    for (String code : iso2Codes) {
      String upper = code.strip().toUpperCase(Locale.ROOT);
      if (iso3ByIso2.containsKey(upper)) {
        continue;
      }
      Optional<String> alpha2 = iso3ByIso2.entrySet().stream()
          .filter(e -> e.getValue().equals(upper)).map(Map.Entry::getKey).findFirst();
      return Optional.of("'" + code + "' is not an ISO 3166-1 alpha-2 country code"
          + alpha2.map(a -> "; did you mean " + a + "?").orElse(" (e.g. SY, IQ, LB)"));
    }
    return Optional.empty();
  }
}
