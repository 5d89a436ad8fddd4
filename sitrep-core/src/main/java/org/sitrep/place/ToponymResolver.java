package org.sitrep.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * Resolves all the toponyms of one document together, as a reader does: names that are clear on
 * their own set the scene, and the scene settles the names that are not.
 *
 * <ol>
 *   <li>Each distinct name is ranked alone by {@link PlaceRanker}.
 *   <li>The document's context is read from the names that are clear alone: its country is the
 *       one most of them lie in (a country named outright counts as one of them), its provinces
 *       are those they lie in, and the towns among them are places named nearby.
 *   <li>Each name is ranked again with those towns as {@link PlaceContext#near()}, and readings in
 *       the document's country and provinces gain a few points. The scene a name is read in comes
 *       from the other names only, so a name clear alone does not confirm itself.
 * </ol>
 *
 * <p>The country's weight here is soft, unlike {@link PlaceRanker#resolve}'s: a US story may name
 * London, and London, Kentucky must not win for that alone. It is about three orders of magnitude
 * of population, enough for Paris, Texas, in a story of Dallas and Houston, not enough for London,
 * Kentucky in a story of Chicago. One name keeps one reading throughout a document.
 *
 * <p>Stateless apart from the ranker; safe to share across threads.
 *
 * <pre>{@code
 * ToponymResolver resolver = new ToponymResolver(ranker);
 * List<ResolvedToponym> r = resolver.resolve(List.of("Tripoli", "Beirut"));  // Tripoli, Lebanon
 * }</pre>
 */
public final class ToponymResolver {
  /**
   * How far the best reading must lead the best one elsewhere for a name to be clear alone: about
   * thirty times the population, or a seat of government over a town of like size.
   */
  static final double CLEAR_LEAD = 1.5;
  static final double IN_STORY_COUNTRY = 3.0;
  static final double IN_STORY_PROVINCE = 1.0;
  /** Readings in one country within this distance are one place for clarity's sake. */
  private static final double SAME_PLACE_KM = 50.0;
  private static final int KEPT = 3;
  private static final long LARGE_CITY = 100_000;
  /** A continent or a country's adjective ranks as a country named outright does. */
  private static final double COUNTRY_LIKE = 100.0;

  private final PlaceRanker ranker;
  private final CountryAdjectives adjectives;
  private final Continents continents;
  private final Centres centres = Centres.loadDefault();

  public ToponymResolver(PlaceRanker ranker) {
    this.ranker = ranker;
    this.adjectives = CountryAdjectives.loadDefault();
    this.continents = Continents.loadDefault();
  }

  /** Each toponym's readings in the document's context, in the order given. */
  public List<ResolvedToponym> resolve(List<String> toponyms) {
    Map<String, List<ScoredPlace>> alone = new LinkedHashMap<>();
    for (String name : toponyms) {
      alone.computeIfAbsent(name, n -> readings(n, PlaceContext.NONE));
    }
    Map<String, List<ScoredPlace>> inContext = new HashMap<>();
    for (String name : alone.keySet()) {
      // A name is not its own context: the others set the scene it is read in.
      Scene scene = scene(toponyms.stream().filter(t -> !t.equals(name)).toList(), alone);
      List<Place> near = scene.towns().stream()
          .filter(p -> alone.get(name).stream().noneMatch(s -> s.place().equals(p)))
          .toList();
      inContext.put(name, weigh(readings(name, new PlaceContext(Optional.empty(), near)), scene));
    }
    List<ResolvedToponym> out = new ArrayList<>(toponyms.size());
    for (String name : toponyms) {
      List<ScoredPlace> ranked = inContext.get(name);
      // A geoparser answers with an area's centre, not the seat the event coder uses.
      out.add(new ResolvedToponym(name, ranked.subList(0, Math.min(KEPT, ranked.size())).stream()
          .map(s -> s.at(centres.centred(s.place())))
          .toList()));
    }
    return out;
  }

  /**
   * True when the phrase, read alone, names a well-known place: a continent, a country (or its
   * adjective), a province, a capital or a city of {@value #LARGE_CITY} people or more. A name
   * finder may take such a phrase as a toponym even where its tagger did not ("Washington" tagged
   * a person, "Texas" inside "University of Texas", "British" in "British officials").
   */
  public boolean namesWellKnownPlace(String phrase) {
    if (!PlaceNames.looksLikeName(phrase)) {
      return false;
    }
    return readings(phrase, PlaceContext.NONE).stream().findFirst().map(ScoredPlace::place)
        .filter(p -> p.featureCode().equals("CONT") || p.featureCode().startsWith("PCL")
            || p.featureCode().equals("ADM1") || p.featureCode().equals("PPLC")
            || (p.featureCode().startsWith("PPL") && p.population() >= LARGE_CITY))
        .isPresent();
  }

  /**
   * The ranker's readings, with a continent ("Europe", "African") or a country's adjective
   * ("Libyan", "Canadian") ranked first, as a country named outright is: the towns that share such
   * words (Canadian, Texas; Arab, Alabama) are rarely what news means by them.
   */
  private List<ScoredPlace> readings(String name, PlaceContext context) {
    String bare = name.replaceFirst("['’]s?$", "");
    List<ScoredPlace> ranked = ranker.rank(name, context);
    if (ranked.isEmpty() && !bare.equals(name)) {
      ranked = ranker.rank(bare, context);
    }
    Optional<ScoredPlace> wider = continents.named(bare)
        .map(c -> countryLike(c, "a continent"))
        .or(() -> adjectives.country(bare).flatMap(ranker::country)
            .map(c -> countryLike(c, "the country of the adjective")));
    if (wider.isEmpty()) {
      return ranked;
    }
    List<ScoredPlace> all = new ArrayList<>(ranked.size() + 1);
    all.add(wider.get());
    ranked.stream().filter(s -> !s.place().equals(wider.get().place())).forEach(all::add);
    return all;
  }

  private static ScoredPlace countryLike(Place place, String why) {
    return new ScoredPlace(place, COUNTRY_LIKE, true, List.of(new Reason(COUNTRY_LIKE, why)));
  }

  /**
   * What the names that are clear alone say about the document.
   *
   * @param country the country most clear names lie in, when one leads
   * @param provinces country and first-order division of each clear name
   * @param towns clear names that are towns, not areas: the places named nearby
   */
  private record Scene(Optional<String> country, Set<String> provinces, List<Place> towns) {}

  private static Scene scene(List<String> toponyms, Map<String, List<ScoredPlace>> alone) {
    Map<String, Integer> votes = new HashMap<>();
    Set<String> provinces = new HashSet<>();
    List<Place> towns = new ArrayList<>();
    for (String name : toponyms) {
      Optional<Place> clear = clearReading(alone.get(name));
      if (clear.isEmpty()) {
        continue;
      }
      Place p = clear.get();
      if (p.iso3().isEmpty()) {
        continue;  // a continent: no country, no town
      }
      votes.merge(p.iso3(), 1, Integer::sum);
      if (!p.featureCode().startsWith("PCL") && !p.admin1().isEmpty()) {
        provinces.add(province(p));
      }
      if (!p.isArea() && !towns.contains(p)) {
        towns.add(p);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(votes.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    boolean leads = !ranked.isEmpty()
        && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue());
    return new Scene(leads ? Optional.of(ranked.get(0).getKey()) : Optional.empty(), provinces,
        towns);
  }

  /** The best reading when it leads every reading elsewhere by {@link #CLEAR_LEAD}. */
  static Optional<Place> clearReading(List<ScoredPlace> readings) {
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    ScoredPlace best = readings.get(0);
    for (ScoredPlace other : readings.subList(1, readings.size())) {
      boolean samePlace = other.place().iso3().equals(best.place().iso3())
          && Distance.km(other.place(), best.place()) <= SAME_PLACE_KM;
      if (!samePlace && best.score() - other.score() < CLEAR_LEAD) {
        return Optional.empty();
      }
    }
    return Optional.of(best.place());
  }

  private static List<ScoredPlace> weigh(List<ScoredPlace> readings, Scene scene) {
    List<ScoredPlace> out = new ArrayList<>(readings.size());
    for (ScoredPlace s : readings) {
      Place p = s.place();
      ScoredPlace weighed = s;
      if (!p.featureCode().startsWith("PCL")) {
        if (scene.country().filter(p.iso3()::equals).isPresent()) {
          weighed = weighed.plus(IN_STORY_COUNTRY, "in the story's country");
        }
        if (scene.provinces().contains(province(p))) {
          weighed = weighed.plus(IN_STORY_PROVINCE, "in a province the story names");
        }
      }
      out.add(weighed);
    }
    out.sort(Comparator.comparingDouble(ScoredPlace::score).reversed()
        .thenComparing(s -> s.place().population(), Comparator.reverseOrder()));
    return out;
  }

  private static String province(Place p) {
    return p.iso3() + "/" + p.admin1();
  }
}
