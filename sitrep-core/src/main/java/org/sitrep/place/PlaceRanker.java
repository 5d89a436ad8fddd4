package org.sitrep.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Ranks the places a gazetteer finds for a phrase, in context. The phrase is read first: a
 * trailing kind word ("Maywand district", "al-Tanf crossing", "Idlib countryside") is dropped for
 * the search and tells which kind of place is meant. Then each candidate is scored by what it is
 * (a country, a province, a seat of government, a town of some population), how closely its name
 * matched, and the context: the story's country and the places named near it.
 *
 * <p>Stateless apart from the gazetteer; safe to share across threads.
 */
public final class PlaceRanker {
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
  /** Places in the story's country outrank all others but the countries named outright. */
  private static final double IN_COUNTRY = 1000.0;
  private static final double VARIANT_PENALTY = 4.0;
  private static final double FUZZY_PENALTY = 8.0;
  private static final double NEAR_KM = 50.0;
  private static final double NEAR_BONUS = 3.0;
  private static final double REGION_KM = 250.0;
  private static final double REGION_BONUS = 1.5;

  private final Gazetteer gazetteer;

  public PlaceRanker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The gazetteer searched. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Every place the phrase may name, best first; empty for common words and unknown names. */
  public List<ScoredPlace> rank(String phrase, PlaceContext context) {
    return scorings(phrase, context).stream().map(Scoring::toScored).toList();
  }

  /**
   * The best place named by the phrase as written (a main or alternate name, not a spelling
   * variant or a near spelling), in the country given if any: what may vote for whose story it
   * is, since "IPOA" is one edit from a town in Indonesia.
   */
  public Optional<Place> resolveAsWritten(String phrase, Optional<String> iso3) {
    return rankAsWritten(phrase, PlaceContext.inCountry(iso3)).stream().findFirst()
        .map(ScoredPlace::place);
  }

  /** As {@link #rank}, but only the places the phrase names as written (no near spelling). */
  public List<ScoredPlace> rankAsWritten(String phrase, PlaceContext context) {
    return scorings(phrase, context).stream().filter(s -> !s.variant && !s.fuzzy)
        .map(Scoring::toScored).toList();
  }

  private List<Scoring> scorings(String phrase, PlaceContext context) {
    if (phrase == null || !PlaceNames.looksLikeName(phrase)) {
      return List.of();
    }
    List<String> tokens = PlaceNames.tokens(phrase);
    String key = String.join("", tokens);
    if (PlaceNames.isCommonWord(key)) {
      return List.of();
    }
    Map<Long, Scoring> found = new LinkedHashMap<>();
    Optional<PlaceNames.Tail> tail = PlaceNames.withoutGenericTail(tokens);
    boolean district = tail.map(PlaceNames.Tail::district).orElse(false);
    collect(found, phrase, new Reading(true, false, district));
    tail.filter(t -> !PlaceNames.isCommonWord(t.key()))
        .ifPresent(t -> collect(found, t.key(), new Reading(false, t.area(), district)));
    if (found.isEmpty()) {
      // "in North-West Cameroon", "across Northern Mali": a part of a country or province with
      // no name of its own in the gazetteer lies in the one named after the words of the part.
      // Nothing smaller: "North Hill" is no part of a hill.
      Optional<String> within = PlaceNames.withoutCompassHead(tokens)
          .filter(k -> !PlaceNames.isCommonWord(k));
      within.ifPresent(k -> {
        collect(found, k, new Reading(false, false, false));
        found.values().removeIf(c -> !c.place.featureCode().startsWith("PCL")
            && !c.place.featureCode().equals("ADM1"));
      });
    }
    boolean placed = context.country().isPresent() || !context.near().isEmpty();
    if (found.isEmpty() && placed) {
      // Only a placed story can vouch for a near spelling; unplaced ones are not looked for.
      // "Kandahr district": the name without its kind word is what may be misspelt.
      String name = tail.filter(t -> !PlaceNames.isCommonWord(t.key())).map(PlaceNames.Tail::key)
          .orElse(phrase);
      Reading reading = tail.isPresent() && !name.equals(phrase)
          ? new Reading(false, tail.get().area(), district) : new Reading(true, false, district);
      for (Candidate candidate : gazetteer.nearSpellings(name)) {
        if (PlaceNames.compassDiffers(name, candidate.place().name())) {
          continue;
        }
        Scoring scoring = score(candidate, reading);
        found.merge(identity(candidate.place()), scoring, (a, b) -> a.score >= b.score ? a : b);
      }
    }
    List<Scoring> scored = new ArrayList<>(found.values());
    // "Qqq upazila": a word only one country's divisions have says the place is in it; a town of
    // a like name abroad is not it.
    tail.flatMap(PlaceNames.Tail::country)
        .ifPresent(c -> scored.removeIf(s -> !s.place.iso3().equals(c)));
    // A near spelling is a fallback: "Garissa County" must not meet some "Garissa Countyx" when
    // its other reading, "Garissa", meets the county itself. And it must be vouched for by the
    // context: a village GeoNames lacks ("Tel Malah") is one edit from some village in Ghana.
    // So is a spelling variant abroad when the story is placed: "Kalay" in a Myanmar story is not
    // Calais, whose old name "Kalai" it meets once folded.
    if (placed) {
      scored.removeIf(c -> c.variant && !inContext(c.place, context));
    } else {
      // Unplaced, a variant may stand only for a place's own name: a variant of an alternate
      // name (often one in another tongue or of another age) is two steps from the place, and
      // with nothing in the story to vouch for it, a town the gazetteer lacks would be put
      // abroad.
      scored.removeIf(c -> c.variant && !c.mainName);
    }
    if (scored.stream().anyMatch(c -> !c.fuzzy)) {
      scored.removeIf(c -> c.fuzzy);
    } else {
      scored.removeIf(c -> !inContext(c.place, context));
    }
    if (PlaceNames.isAcronym(phrase)) {
      scored.removeIf(c -> !c.place.isArea());
    }
    demoteAreasNamedLikeTowns(scored);
    weighContext(scored, context);
    scored.sort(Scoring.BEST_FIRST);
    return scored;
  }

  /** The places the phrase may name, best first, with no context. */
  public List<Place> lookup(String phrase) {
    return rank(phrase, PlaceContext.NONE).stream().map(ScoredPlace::place).toList();
  }

  /** The best reading of the phrase in context, if it names a place at all. */
  public Optional<Place> best(String phrase, PlaceContext context) {
    return rank(phrase, context).stream().findFirst().map(ScoredPlace::place);
  }

  /**
   * The best reading, preferring places in the story's country (alpha-3); a country's own name
   * still names that country whatever the context.
   */
  public Optional<Place> resolve(String phrase, Optional<String> iso3) {
    return best(phrase, PlaceContext.inCountry(iso3));
  }

  /** The country with this ISO 3166-1 alpha-3 code, as a PCLI place at its capital. */
  public Optional<Place> country(String iso3) {
    return gazetteer.country(iso3);
  }

  private void collect(Map<Long, Scoring> found, String name, Reading reading) {
    for (Candidate candidate : gazetteer.candidates(name)) {
      Scoring scoring = score(candidate, reading);
      found.merge(identity(candidate.place()), scoring, (a, b) -> a.score >= b.score ? a : b);
    }
  }

  /** GeoNames id, or for Sitrep's own rows (id 0) the name and position. */
  private static long identity(Place p) {
    return p.geonameId() != 0 ? p.geonameId()
        : -(((long) p.name().hashCode() << 32) ^ Double.hashCode(p.latitude() * 31 + p.longitude()));
  }

  private static Scoring score(Candidate candidate, Reading reading) {
    Place place = candidate.place();
    Scoring s = new Scoring(place, candidate.match() == Candidate.Match.FUZZY,
        candidate.match() == Candidate.Match.VARIANT);
    boolean areaTail = reading.areaTail();
    double people = Math.log10(place.population() + 1.0);
    String code = place.featureCode();
    if (code.equals("ADM2")) {
      s.add(reading.districtTail() ? DISTRICT_NAMED_SCORE : DISTRICT_UNNAMED_SCORE,
          reading.districtTail() ? "a district, as the phrase says" : "a district");
    } else if (code.startsWith("PCL")) {
      // "Niger state", "Georgia state": a division named after a country is not the country.
      boolean divisionNamed = areaTail || reading.districtTail();
      s.add(divisionNamed ? 0 : COUNTRY_SCORE,
          divisionNamed ? "a country, but the phrase names a division" : "a country");
    } else if (code.equals("ADM1")) {
      // Kenyan and Liberian counties are first-order: "Garissa County" is the division, not the town.
      boolean divisionNamed = areaTail || reading.districtTail();
      s.add(AREA_SCORE + (divisionNamed ? AREA_SCORE : 0),
          divisionNamed ? "a province, as the phrase says" : "a province");
    } else {
      s.add(featureWeight(code), "feature " + code);
      if (candidate.curated()) {
        // "the Caspian", "the Sahel": a sea or region news names outranks a village, as a
        // province does.
        boolean world = place.isArea() && place.iso3().isEmpty();
        s.add(world ? AREA_SCORE : CURATED_BONUS,
            world ? "a region or sea Sitrep curates" : "a conflict site Sitrep curates");
      }
      if (areaTail) {
        s.add(-AREA_SCORE, "the phrase names an area, this is not one");
      }
    }
    if (place.population() > 0) {
      s.add(people, "population " + place.population());
    }
    s.mainName = candidate.mainName();
    s.add((reading.full() ? 2 : 0) + (candidate.mainName() ? 1 : 0),
        candidate.mainName() ? "its main name" : "an alternate name");
    switch (candidate.match()) {
      case VARIANT -> s.add(-VARIANT_PENALTY, "a spelling variant");
      case FUZZY -> s.add(-FUZZY_PENALTY, "a near spelling");
      default -> { }
    }
    return s;
  }

  /**
   * "Aleppo" or "Damascus" names the city more often than the province that shares its name, and
   * "Gaza" the city rather than a Mozambican province: unless the phrase said "province", a
   * division ranks just below a matched town inside it and below any matched major city.
   */
  private static void demoteAreasNamedLikeTowns(List<Scoring> candidates) {
    double bestMajorCity = candidates.stream()
        .filter(c -> (c.mainName || isSeat(c.place)) && c.place.isMajorCity())
        .mapToDouble(c -> c.score)
        .max()
        .orElse(Double.POSITIVE_INFINITY);
    List<Double> ceilings = new ArrayList<>();
    for (Scoring candidate : candidates) {
      Place area = candidate.place;
      double ceiling = Double.POSITIVE_INFINITY;
      if (area.featureCode().equals("ADM1") && candidate.score < 2 * AREA_SCORE) {
        double bestTownInside = candidates.stream()
            // "Aleppo" the city is named so, Daraa is the seat of Daraa; a town that only has
            // the province's name among its old names is not the province.
            .filter(other -> (other.mainName || isSeat(other.place))
                && other.place.featureCode().startsWith("PPL")
                && other.place.iso3().equals(area.iso3())
                && other.place.admin1().equals(area.admin1()))
            .mapToDouble(c -> c.score)
            .max()
            .orElse(Double.POSITIVE_INFINITY);
        ceiling = Math.min(bestTownInside, bestMajorCity) - 0.01;
      }
      ceilings.add(ceiling);
    }
    for (int i = 0; i < candidates.size(); i++) {
      Scoring candidate = candidates.get(i);
      if (candidate.score > ceilings.get(i)) {
        candidate.add(ceilings.get(i) - candidate.score, "a town of the name is likelier");
      }
    }
  }

  private static void weighContext(List<Scoring> candidates, PlaceContext context) {
    Optional<Scoring> first = candidates.stream().max(Comparator.comparingDouble(c -> c.score));
    // "Argelia" in a Colombian story is its town of that name, not Algeria as Spanish writes it: a
    // country known by the phrase only as another name yields to a place of the story's country
    // whose own name it is.
    boolean townOfTheName = candidates.stream().anyMatch(c -> c.mainName
        && context.country().filter(c.place.iso3()::equalsIgnoreCase).isPresent());
    boolean countryNamed = first.map(c -> c.place.featureCode().startsWith("PCL")
        && (c.mainName || !townOfTheName)).orElse(false);
    // "Kabul" or "Damascus" in a story that names the US most is still Afghanistan's or Syria's
    // capital, not a Missouri town GeoNames also calls Kabul nor the Damascus of Maryland: a
    // capital named by its own name is known by it the world over; in the story's country only
    // a city of that very name outweighs it (Tripoli in a Lebanese story).
    boolean capitalNamed = first.map(c -> c.mainName && c.place.featureCode().equals("PPLC"))
        .orElse(false);
    for (Scoring c : candidates) {
      if (!countryNamed && (!capitalNamed || c.mainName && c.place.isMajorCity())
          && context.country().filter(c.place.iso3()::equalsIgnoreCase).isPresent()) {
        c.add(IN_COUNTRY, "in the story's country");
      }
      double nearest = context.near().stream()
          .mapToDouble(p -> Distance.km(p, c.place)).min().orElse(Double.POSITIVE_INFINITY);
      if (nearest <= NEAR_KM) {
        c.add(NEAR_BONUS, Math.round(nearest) + " km from a place named nearby");
      } else if (nearest <= REGION_KM) {
        c.add(REGION_BONUS, Math.round(nearest) + " km from a place named nearby");
      }
    }
  }

  private static boolean isSeat(Place place) {
    return place.featureCode().equals("PPLA") || place.featureCode().equals("PPLC");
  }

  /** In the story's country, or within a region's reach of a place named nearby. */
  private static boolean inContext(Place place, PlaceContext context) {
    return context.country().filter(place.iso3()::equalsIgnoreCase).isPresent()
        || context.near().stream().anyMatch(p -> Distance.km(p, place) <= REGION_KM);
  }

  /** Seats of government outrank ordinary towns; sections of towns rank below both. */
  private static double featureWeight(String featureCode) {
    return switch (featureCode) {
      case "PPLC", "PPLG" -> 3.0;
      case "PPLA" -> 2.0;
      case "PPLA2" -> 1.5;
      case "PPLA3" -> 1.0;
      case "PPLA4", "PPLA5" -> 0.5;
      case "PPLX", "PPLH", "PPLQ", "PPLW" -> -0.5;
      default -> 0.0;
    };
  }

  /**
   * How a key was read from the phrase: full when it is the whole phrase, areaTail when a dropped
   * tail named a province or region, districtTail when the phrase ends in a district word.
   */
  private record Reading(boolean full, boolean areaTail, boolean districtTail) {}

  /** A candidate's score as it is built, with the reasons that make it up. */
  private static final class Scoring {
    static final Comparator<Scoring> BEST_FIRST =
        Comparator.<Scoring>comparingDouble(c -> c.score).reversed()
            .thenComparing(c -> c.place.population(), Comparator.reverseOrder())
            .thenComparingLong(c -> c.place.geonameId());

    final Place place;
    final boolean fuzzy;
    final boolean variant;
    /** The phrase is the place's main name. */
    boolean mainName;
    double score;
    final List<Reason> reasons = new ArrayList<>(6);

    Scoring(Place place, boolean fuzzy, boolean variant) {
      this.variant = variant;
      this.place = place;
      this.fuzzy = fuzzy;
    }

    void add(double points, String reason) {
      if (points != 0) {
        score += points;
        reasons.add(new Reason(points, reason));
      }
    }

    ScoredPlace toScored() {
      return new ScoredPlace(place, score, mainName, reasons);
    }
  }
}
