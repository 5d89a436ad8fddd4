package org.sitrep.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Resolves place names in conflict news to GeoNames places, countries, first- and second-order
 * divisions (provinces and districts), plus a hand-compiled supplement of conflict sites (camps, bases, crossings, neighbourhoods).
 *
 * <p>Every name is indexed under its {@link PlaceKey}, so lookups are one hash probe (two when a
 * generic tail such as "camp" is tried off). Immutable after loading and safe to share across
 * threads.
 */
public final class Gazetteer {
  static final String GAZETTEER_RESOURCE = "gazetteer.tsv.gz";
  static final String SUPPLEMENT_RESOURCE = "places-supplement.tsv";

  /** Bonus that lifts a curated conflict site above obscure GeoNames hamlets of the same name. */
  private static final double CURATED_BONUS = 6.0;
  private static final double COUNTRY_SCORE = 100.0;
  private static final double AREA_SCORE = 50.0;
  /**
   * A district ranks above every other reading when the phrase says "district" (or "county",
   * "LGA", ...), and below every town, province and country of its name when it does not: news
   * names "Kandahar" or "Herat" for the city far more often than for the district around it.
   */
  private static final double DISTRICT_NAMED_SCORE = 3 * AREA_SCORE;
  private static final double DISTRICT_UNNAMED_SCORE = -3 * AREA_SCORE;

  private final Place[] places;
  private final boolean[] curated;
  /** Key to entries; an entry is place index * 2, plus 1 when the key is the place's main name. */
  private final Map<String, int[]> index;
  private final Map<String, Place> countries;

  private Gazetteer(
      Place[] places, boolean[] curated, Map<String, int[]> index, Map<String, Place> countries) {
    this.places = places;
    this.curated = curated;
    this.index = index;
    this.countries = countries;
  }

  /** The gazetteer bundled with Sitrep; a missing or broken resource is a packaging bug. */
  public static Gazetteer loadDefault() {
    try (InputStream gz = resource(GAZETTEER_RESOURCE);
        InputStream supplement = resource(SUPPLEMENT_RESOURCE)) {
      return load(gz, supplement);
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
  public static Gazetteer load(InputStream gzTsv, InputStream supplementTsv) {
    List<GazetteerReader.Row> rows = new ArrayList<>(GazetteerReader.readGzip(gzTsv, "gazetteer"));
    rows.addAll(GazetteerReader.readPlain(supplementTsv, "places supplement"));
    Map<String, String> countryNames = new HashMap<>();
    for (GazetteerReader.Row row : rows) {
      if (row.featureCode().equals("PCLI")) {
        countryNames.putIfAbsent(row.iso3(), row.name());
      }
    }
    Place[] places = new Place[rows.size()];
    boolean[] curated = new boolean[rows.size()];
    Map<String, List<Integer>> building = new HashMap<>(rows.size() * 3);
    Map<String, Place> countries = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      GazetteerReader.Row row = rows.get(i);
      places[i] = toPlace(row, countryNames.getOrDefault(row.iso3(), ""));
      curated[i] = row.curated();
      if (row.featureCode().equals("PCLI")) {
        countries.putIfAbsent(row.iso3(), places[i]);
      }
      addName(building, row.name(), i * 2 + 1);
      for (String alternate : row.alternateNames()) {
        addName(building, alternate, i * 2);
      }
    }
    return new Gazetteer(places, curated, freeze(building), Map.copyOf(countries));
  }

  /** Every place the phrase may name, best first; empty for common words and unknown names. */
  public List<Place> lookup(String phrase) {
    return ranked(phrase).stream().map(Candidate::place).toList();
  }

  /**
   * The best single reading of the phrase, preferring places in the context country; a country's
   * own name still names that country whatever the context.
   */
  public Optional<Place> resolve(String phrase, Optional<String> iso3Context) {
    List<Candidate> candidates = ranked(phrase);
    boolean countryNamed = !candidates.isEmpty()
        && candidates.get(0).place().featureCode().startsWith("PCL");
    if (iso3Context.isPresent() && !countryNamed) {
      String iso3 = iso3Context.get();
      for (Candidate candidate : candidates) {
        if (candidate.place().iso3().equalsIgnoreCase(iso3)) {
          return Optional.of(candidate.place());
        }
      }
    }
    return candidates.stream().findFirst().map(Candidate::place);
  }

  /** The country with this ISO 3166-1 alpha-3 code, as a PCLI place at its capital. */
  public Optional<Place> country(String iso3) {
    return iso3 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** The number of places, countries and divisions held. */
  public int size() {
    return places.length;
  }

  private List<Candidate> ranked(String phrase) {
    if (phrase == null || !PlaceKey.looksLikeName(phrase)) {
      return List.of();
    }
    List<String> tokens = PlaceKey.tokens(phrase);
    String key = String.join("", tokens);
    if (PlaceKey.isCommonWord(key)) {
      return List.of();
    }
    Map<Integer, Candidate> found = new LinkedHashMap<>();
    Optional<PlaceKey.Tail> tail = PlaceKey.withoutGenericTail(tokens);
    boolean district = tail.map(PlaceKey.Tail::district).orElse(false);
    collect(found, key, new Reading(true, false, district));
    tail.filter(t -> !PlaceKey.isCommonWord(t.key()))
        .ifPresent(t -> collect(found, t.key(), new Reading(false, t.area(), district)));
    List<Candidate> candidates = demoteAreasNamedLikeTowns(new ArrayList<>(found.values()));
    candidates.sort(Candidate.BEST_FIRST);
    return candidates;
  }

  private void collect(Map<Integer, Candidate> found, String key, Reading reading) {
    int[] entries = index.get(key);
    if (entries == null) {
      return;
    }
    for (int entry : entries) {
      int i = entry >>> 1;
      Candidate candidate = score(i, (entry & 1) == 1, reading);
      found.merge(i, candidate, (a, b) -> a.score() >= b.score() ? a : b);
    }
  }

  private Candidate score(int i, boolean mainName, Reading reading) {
    Place place = places[i];
    boolean areaTail = reading.areaTail();
    double score;
    if (place.featureCode().equals("ADM2")) {
      score = (reading.districtTail() ? DISTRICT_NAMED_SCORE : DISTRICT_UNNAMED_SCORE)
          + Math.log10(place.population() + 1.0);
    } else if (place.featureCode().startsWith("PCL")) {
      score = COUNTRY_SCORE;
    } else if (place.featureCode().equals("ADM1")) {
      // Kenyan and Liberian counties are first-order: "Garissa County" is the division, not the town.
      boolean divisionNamed = areaTail || reading.districtTail();
      score = AREA_SCORE + (divisionNamed ? AREA_SCORE : 0) + Math.log10(place.population() + 1.0);
    } else {
      score = featureWeight(place.featureCode()) + Math.log10(place.population() + 1.0);
      score += curated[i] ? CURATED_BONUS : 0;
      score -= areaTail ? AREA_SCORE : 0;
    }
    score += (reading.full() ? 2 : 0) + (mainName ? 1 : 0);
    return new Candidate(place, score);
  }

  /**
   * "Aleppo" or "Damascus" names the city more often than the province that shares its name, and
   * "Gaza" the city rather than a Mozambican province: unless the phrase said "province", a division
   * ranks just below a matched town inside it and below any matched major city.
   */
  private static List<Candidate> demoteAreasNamedLikeTowns(List<Candidate> candidates) {
    double bestMajorCity = candidates.stream()
        .filter(c -> isMajorCity(c.place()))
        .mapToDouble(Candidate::score)
        .max()
        .orElse(Double.POSITIVE_INFINITY);
    List<Candidate> result = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      Place area = candidate.place();
      Candidate adjusted = candidate;
      if (area.featureCode().equals("ADM1") && candidate.score() < 2 * AREA_SCORE) {
        double bestTownInside = candidates.stream()
            .filter(other -> other.place().featureCode().startsWith("PPL")
                && other.place().iso3().equals(area.iso3())
                && other.place().admin1().equals(area.admin1()))
            .mapToDouble(Candidate::score)
            .max()
            .orElse(Double.POSITIVE_INFINITY);
        double ceiling = Math.min(bestTownInside, bestMajorCity) - 0.01;
        adjusted = new Candidate(area, Math.min(candidate.score(), ceiling));
      }
      result.add(adjusted);
    }
    return result;
  }

  private static boolean isMajorCity(Place place) {
    String code = place.featureCode();
    return code.equals("PPLC") || code.equals("PPLA")
        || (code.startsWith("PPL") && place.population() >= 100_000);
  }

  /** Seats of government outrank ordinary towns; sections of towns rank below both. */
  private static double featureWeight(String featureCode) {
    return switch (featureCode) {
      case "PPLC" -> 3.0;
      case "PPLA" -> 2.0;
      case "PPLA2" -> 1.5;
      case "PPLA3" -> 1.0;
      case "PPLA4", "PPLA5" -> 0.5;
      case "PPLX", "PPLH", "PPLQ", "PPLW" -> -0.5;
      default -> 0.0;
    };
  }

  private static Place toPlace(GazetteerReader.Row row, String country) {
    return new Place(row.geonameId(), displayName(row.name()), row.latitude(), row.longitude(),
        row.featureCode(), country, row.iso3(), row.admin1(), row.admin2(), row.population());
  }

  private static void addName(Map<String, List<Integer>> building, String name, int entry) {
    String key = PlaceKey.of(name);
    if (!key.isEmpty()) {
      building.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
    }
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> building) {
    Map<String, int[]> index = new HashMap<>(building.size() * 4 / 3 + 1);
    building.forEach((key, entries) ->
        index.put(key, entries.stream().mapToInt(Integer::intValue).distinct().toArray()));
    return index;
  }

  private static InputStream resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled gazetteer resource missing from the classpath: "
          + Gazetteer.class.getPackageName().replace('.', '/') + "/" + name);
    }
    return in;
  }

  /**
   * How a key was read from the phrase: full when it is the whole phrase, areaTail when a dropped
   * tail named a province or region, districtTail when the phrase ends in a district word.
   */
  private record Reading(boolean full, boolean areaTail, boolean districtTail) {}

  /** A place with the score it earned for one phrase. */
  private record Candidate(Place place, double score) {
    static final Comparator<Candidate> BEST_FIRST =
        Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.place().population(), Comparator.reverseOrder())
            .thenComparingLong(c -> c.place().geonameId());
  }

  /** The name as ACLED writes locations: transliteration marks dropped ("Albu Kamal"). */
  private static String displayName(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}+", "").replaceAll("[ʿʾʻʼ‘]", "");
  }
}
