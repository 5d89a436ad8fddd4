package org.sitrep.model;

import java.util.Objects;

/**
 * A place from the gazetteer.
 *
 * @param geonameId GeoNames id, or 0 for a place Sitrep's own supplement adds
 * @param name the place's usual English name, as ACLED's {@code location}
 * @param featureCode GeoNames feature code, e.g. "PPLA", "PPLX", "ADM1", "PCLI"
 * @param country country name, e.g. "Syria"
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param admin1 first-order division name; empty when unknown
 * @param admin2 second-order division name; empty when unknown
 */
public record Place(
    long geonameId,
    String name,
    double latitude,
    double longitude,
    String featureCode,
    String country,
    String iso3,
    String admin1,
    String admin2,
    long population) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(admin2, "admin2");
  }

  private static final java.util.Set<String> REGIONS =
      java.util.Set.of("RGN", "VAL", "DSRT", "MTS", "PLN", "PLAT", "AREA", "ZN", "RGNE", "CONT",
          "OCN", "SEA", "GULF", "BAY", "STRT", "STM", "LK", "LKS", "CHN");

  /**
   * A capital, or a town of 100,000: known by its name the world over, so a story's mention of it
   * abroad is seldom a namesake ("Gaza" the city, not Mozambique's province). Not every province
   * seat: one of 17,000 (Altai, Mongolia) does not outrank a Russian republic.
   */
  public boolean isMajorCity() {
    return featureCode.equals("PPLC") || featureCode.startsWith("PPL") && population >= 100_000;
  }

  /**
   * True for a country, province, natural region or body of water rather than a town or site: a
   * frame an event lies in, never the point it is coded at when a town is named.
   */
  public boolean isArea() {
    return featureCode.startsWith("ADM") || featureCode.startsWith("PCL")
        || REGIONS.contains(featureCode);
  }
}
