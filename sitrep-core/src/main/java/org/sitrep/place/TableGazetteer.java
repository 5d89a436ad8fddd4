package org.sitrep.place;

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
 * {@link PlaceNames#variantKey}, so a search is one or two hash probes, and there is no fuzzy
 * search. The reference {@link LuceneGazetteer} is tested against, and a quick gazetteer for
 * tests of small tables; Sitrep itself runs on the Lucene index.
 *
 * <pre>{@code
 * TableGazetteer.Builder builder = new TableGazetteer.Builder();
 * new GeoNamesImporter(inputs, Set.of()).importInto(builder, ImportListener.STRICT);
 * TableGazetteer gazetteer = builder.build();
 * }</pre>
 */
public final class TableGazetteer implements Gazetteer {
  private final List<GazetteerEntry> entries;
  /** Key to entries; an entry is place index * 2, plus 1 when the key is the place's main name. */
  private final Map<String, int[]> index;
  private final Map<String, int[]> variants;
  private final Map<String, Place> countries;
  private final Seats seats;

  private TableGazetteer(List<GazetteerEntry> entries, Map<String, List<Integer>> index,
      Map<String, List<Integer>> variants, Map<String, Place> countries, Seats seats) {
    this.entries = List.copyOf(entries);
    this.index = freeze(index);
    this.variants = freeze(variants);
    this.countries = Map.copyOf(countries);
    this.seats = seats;
  }

  /** Collects an import; not thread-safe. */
  public static final class Builder implements GazetteerSink {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<Long, List<String>> aliases = new HashMap<>();

    @Override
    public void place(GazetteerEntry entry) {
      entries.add(entry);
    }

    @Override
    public void alias(long geonameId, String name) {
      aliases.computeIfAbsent(geonameId, k -> new ArrayList<>()).add(name);
    }

    public TableGazetteer build() {
      Map<String, List<Integer>> index = new HashMap<>();
      Map<String, List<Integer>> loose = new HashMap<>();
      Map<String, Place> countries = new HashMap<>();
      Seats seats = new Seats();
      for (int i = 0; i < entries.size(); i++) {
        GazetteerEntry entry = entries.get(i);
        Place place = entry.place();
        if (place.featureCode().equals("PCLI")) {
          countries.putIfAbsent(place.iso3(), place);
        }
        seats.offer(place);
        addName(index, loose, entry.name(), i * 2 + 1);
        for (String alternate : entry.alternates()) {
          addName(index, loose, alternate, i * 2);
        }
        for (String alias : aliases.getOrDefault(place.geonameId(), List.of())) {
          addName(index, loose, alias, i * 2);
        }
      }
      return new TableGazetteer(entries, index, loose, countries, seats);
    }
  }

  @Override
  public List<Candidate> candidates(String name) {
    String key = name == null ? "" : PlaceNames.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    Map<Integer, Candidate> found = new LinkedHashMap<>();
    collect(found, index.get(key), Candidate.Match.EXACT);
    collect(found, variants.get(PlaceNames.variantKey(name)), Candidate.Match.VARIANT);
    return List.copyOf(found.values());
  }

  private void collect(Map<Integer, Candidate> found, int[] hits, Candidate.Match match) {
    if (hits == null) {
      return;
    }
    for (int hit : hits) {
      GazetteerEntry entry = entries.get(hit >>> 1);
      Candidate candidate = new Candidate(entry.place(), (hit & 1) == 1, entry.curated(), match);
      found.merge(hit >>> 1, candidate, TableGazetteer::closer);
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
  public Optional<Place> seatOf(Place area) {
    return seats.of(area);
  }

  @Override
  public int size() {
    return entries.size();
  }

  /** Every name held, main and alternate, for tests that sample them. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (GazetteerEntry entry : entries) {
      names.add(entry.name());
      names.addAll(entry.alternates());
    }
    return names;
  }

  private static void addName(Map<String, List<Integer>> index, Map<String, List<Integer>> loose,
      String name, int entry) {
    String key = PlaceNames.key(name);
    if (!key.isEmpty()) {
      index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
      loose.computeIfAbsent(PlaceNames.variantKey(name), k -> new ArrayList<>(2)).add(entry);
    }
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> building) {
    Map<String, int[]> index = new HashMap<>(building.size() * 4 / 3 + 1);
    building.forEach((key, entries) ->
        index.put(key, entries.stream().mapToInt(Integer::intValue).distinct().toArray()));
    return index;
  }
}
