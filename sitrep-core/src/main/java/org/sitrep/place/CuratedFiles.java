package org.sitrep.place;

import java.io.IOException;
import java.util.Optional;

/**
 * Sitrep's hand-compiled place files, read from the classpath directory org/sitrep/place/. Only
 * places-supplement.tsv is required; the others are used when present. Every import adds them,
 * so an import of all of GeoNames keeps Sitrep's conflict sites and English names.
 */
final class CuratedFiles {
  /** Conflict sites cities500 lacks (12 columns, see its header). Required. */
  static final String PLACES_SUPPLEMENT = "places-supplement.tsv";
  /** More sites, same format. Optional. */
  static final String SITES_SUPPLEMENT = "sites-supplement.tsv";
  /** Regions, seas, deserts and other features, same format. Optional. */
  static final String WORLD_FEATURES = "world-features.tsv";
  /** {@code iso2<TAB>name|name|...}: more names of a country. Optional. */
  static final String COUNTRY_NAMES = "country-names.tsv";
  /** {@code iso2<TAB>name}: the name Sitrep writes for a country, where not countryInfo's. */
  static final String COUNTRY_DISPLAY_NAMES = "country-display-names.tsv";
  /** {@code admin1code<TAB>primary<TAB>alt|alt}: English names of divisions. Optional. */
  static final String DIVISIONS_ENGLISH = "divisions-english.tsv";

  /** Every curated file, in the order an import reads them; the bundled index's hash covers all. */
  static final String[] ALL = {COUNTRY_DISPLAY_NAMES, COUNTRY_NAMES, DIVISIONS_ENGLISH,
      PLACES_SUPPLEMENT, SITES_SUPPLEMENT, WORLD_FEATURES};

  private final ImportListener listener;

  CuratedFiles(ImportListener listener) {
    this.listener = listener;
  }

  /** The curated file, if it is on the classpath. */
  static Optional<GeoNamesSource> find(String name) {
    return CuratedFiles.class.getResource(name) == null ? Optional.empty()
        : Optional.of(GeoNamesSource.resource(name));
  }

  /** Reads the file's rows when it exists; a malformed row is Sitrep's bug, reported as such. */
  void read(String name, int minColumns, TabRows.Handler handler) throws IOException {
    Optional<GeoNamesSource> source = find(name);
    if (source.isPresent()) {
      TabRows.read(source.get(), minColumns, listener, handler);
    }
  }
}
