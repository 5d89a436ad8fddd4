package org.sitrep.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * A gazetteer held in memory: every name is indexed under its {@link PlaceNames#key} and its
 * {@link PlaceNames#variantKey}, so a search is one or two hash probes. Holds the bundled tables
 * (GeoNames cities500, countries and divisions, and Sitrep's supplements); an import of all of
 * GeoNames goes to the on-disk index instead.
 */
public final class TableGazetteer implements Gazetteer {
  static final String GAZETTEER_RESOURCE = "gazetteer.tsv.gz";
  static final String SUPPLEMENT_RESOURCE = "places-supplement.tsv";

  private final Place[] places;
  private final boolean[] curated;
  /** Key to entries; an entry is place index * 2, plus 1 when the key is the place's main name. */
  private final Map<String, int[]> index;
  private final Map<String, int[]> variants;
  private final Map<String, Place> countries;

  private TableGazetteer(Place[] places, boolean[] curated, Map<String, int[]> index,
      Map<String, int[]> variants, Map<String, Place> countries) {
    this.places = places;
    this.curated = curated;
    this.index = index;
    this.variants = variants;
    this.countries = countries;
  }

  /** The gazetteer bundled with Sitrep; a missing or broken resource is a packaging bug. */
  public static TableGazetteer loadDefault() {
    try (InputStream gz = resource(GAZETTEER_RESOURCE);
        InputStream supplement = resource(SUPPLEMENT_RESOURCE);
        InputStream sites = resource("sites-supplement.tsv");
        InputStream world = resource("world-features.tsv");
        InputStream countryNames = resource("country-names.tsv")) {
      List<GazetteerReader.Row> rows = new ArrayList<>(GazetteerReader.readGzip(gz, "gazetteer"));
      rows.addAll(GazetteerReader.readPlain(supplement, "places supplement"));
      rows.addAll(GazetteerReader.readPlain(sites, "sites supplement"));
      rows.addAll(GazetteerReader.readPlain(world, "world features"));
      return of(withCountryNames(rows, CountryNames.read(countryNames)));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IllegalStateException("bundled gazetteer is malformed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("bundled gazetteer cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a gazetteer from a gzipped GeoNames-derived table and a plain supplement table.
   *
   * @throws IllegalArgumentException naming the file and line when a row is malformed
   * @throws UncheckedIOException when a stream cannot be read
   */
  public static TableGazetteer load(InputStream gzTsv, InputStream supplementTsv) {
    List<GazetteerReader.Row> rows = new ArrayList<>(GazetteerReader.readGzip(gzTsv, "gazetteer"));
    rows.addAll(GazetteerReader.readPlain(supplementTsv, "places supplement"));
    return of(rows);
  }

  /** The rows with each country's other names ("Burma", "the UAE") among its alternates. */
  private static List<GazetteerReader.Row> withCountryNames(List<GazetteerReader.Row> rows,
      Map<String, List<String>> names) {
    List<GazetteerReader.Row> out = new ArrayList<>(rows.size());
    for (GazetteerReader.Row r : rows) {
      List<String> more = r.featureCode().equals("PCLI") ? names.get(r.iso2()) : null;
      if (more == null) {
        out.add(r);
      } else {
        List<String> all = new ArrayList<>(r.alternateNames());
        all.addAll(more);
        out.add(new GazetteerReader.Row(r.geonameId(), r.name(), r.latitude(), r.longitude(),
            r.featureCode(), r.iso2(), r.iso3(), r.admin1(), r.admin2(), r.population(),
            List.copyOf(all), r.curated()));
      }
    }
    return out;
  }

  static TableGazetteer of(List<GazetteerReader.Row> rows) {
    Map<String, String> countryNames = new HashMap<>();
    for (GazetteerReader.Row row : rows) {
      if (row.featureCode().equals("PCLI")) {
        countryNames.putIfAbsent(row.iso3(), row.name());
      }
    }
    Place[] places = new Place[rows.size()];
    boolean[] curated = new boolean[rows.size()];
    Map<String, List<Integer>> building = new HashMap<>(rows.size() * 3);
    Map<String, List<Integer>> loose = new HashMap<>(rows.size() * 3);
    Map<String, Place> countries = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      GazetteerReader.Row row = rows.get(i);
      places[i] = row.toPlace(countryNames.getOrDefault(row.iso3(), ""));
      curated[i] = row.curated();
      if (row.featureCode().equals("PCLI")) {
        countries.putIfAbsent(row.iso3(), places[i]);
      }
      addName(building, loose, row.name(), i * 2 + 1);
      for (String alternate : row.alternateNames()) {
        addName(building, loose, alternate, i * 2);
      }
    }
    return new TableGazetteer(places, curated, freeze(building), freeze(loose),
        Map.copyOf(countries));
  }

  @Override
  public List<Candidate> candidates(String name) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    Map<Integer, Candidate> found = new LinkedHashMap<>();
    collect(found, index.get(key), Candidate.Match.EXACT);
    collect(found, variants.get(PlaceNames.variantKey(name)),
        Candidate.Match.VARIANT);
    return List.copyOf(found.values());
  }

  private void collect(Map<Integer, Candidate> found, int[] entries, Candidate.Match match) {
    if (entries == null) {
      return;
    }
    for (int entry : entries) {
      int i = entry >>> 1;
      Candidate candidate = new Candidate(places[i], (entry & 1) == 1, curated[i], match);
      found.merge(i, candidate, TableGazetteer::closer);
    }
  }

  /** The closer of two matches of one place: exact over variant, then main name over alternate. */
  private static Candidate closer(Candidate a, Candidate b) {
    if (a.match() != b.match()) {
      return a.match().compareTo(b.match()) <= 0 ? a : b;
    }
    return a.mainName() || !b.mainName() ? a : b;
  }

  @Override
  public Optional<Place> country(String iso3) {
    return iso3 == null ? Optional.empty()
        : Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  @Override
  public int size() {
    return places.length;
  }

  private static void addName(Map<String, List<Integer>> building, Map<String, List<Integer>> loose,
      String name, int entry) {
    String key = PlaceNames.key(name);
    if (!key.isEmpty()) {
      building.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
      loose.computeIfAbsent(PlaceNames.variantKey(name), k -> new ArrayList<>(2)).add(entry);
    }
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> building) {
    Map<String, int[]> index = new HashMap<>(building.size() * 4 / 3 + 1);
    building.forEach((key, entries) ->
        index.put(key, entries.stream().mapToInt(Integer::intValue).distinct().toArray()));
    return index;
  }

  private static InputStream resource(String name) {
    InputStream in = TableGazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled gazetteer resource missing from the classpath: "
          + TableGazetteer.class.getPackageName().replace('.', '/') + "/" + name);
    }
    return in;
  }
}
