package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.place.PlaceContext;
import org.sitrep.place.PlaceNames;
import org.sitrep.place.PlaceRanker;
import org.sitrep.place.ScoredPlace;

/**
 * Chooses where a mention happened: the most specific place its sentence names that the gazetteer
 * knows, else the last such place named shortly before (the report's scene), else the country or
 * region the sentence names. Geo precision follows ACLED: 1 the town itself, 2 near it or taken
 * from the context, 3 a region or country.
 */
final class PlaceResolver {
  /** How many sentences back a scene named earlier still holds. */
  private static final int SCENE_WINDOW = 3;
  /** How the evidence of a place taken from an earlier sentence begins. */
  static final String EARLIER = Mention.PLACE_NAMED_EARLIER;
  /** How the note of a quarter of a town named before begins ("the Qqq district"). */
  static final String QUARTER_OF = "a quarter of ";
  /** A place abroad this large is a likely scene; smaller ones are usually namesakes. */
  private static final long FOREIGN_CITY = 100_000;
  /** More people than a place its words call a village could hold. */
  private static final long VILLAGE_AT_MOST = 50_000;

  record Located(Place place, GeoPrecision precision, Evidence evidence) {}

  private final PlaceRanker ranker;
  private final Capitals capitals;

  PlaceResolver(PlaceRanker ranker, org.sitrep.actor.Demonyms demonyms) {
    this.ranker = ranker;
    this.capitals = new Capitals(ranker, demonyms);
  }

  Optional<Located> locate(Mention mention, StoryContext story) {
    // "wounding four, who were taken to a hospital in Qqq": where the hurt were treated is not
    // where they were hurt, even when the gazetteer lacks the place where they were.
    List<Evidence> phrases = mention.eventPlaces().stream()
        .filter(p -> !PlaceFrames.elsewhere(p, story.text()))
        .map(p -> PlaceFrames.longer(p, story.text(), ranker))
        .toList();
    Map<Evidence, List<PlaceFrames.Frame>> chains = new HashMap<>();
    List<Evidence> framing = new ArrayList<>();
    for (Evidence phrase : phrases) {
      List<PlaceFrames.Frame> chain = PlaceFrames.after(phrase, story.text(), ranker, story.country());
      chains.put(phrase, chain);
      chain.forEach(f -> framing.add(f.evidence()));
    }
    Optional<Located> frame = frame(phrases, story, framing, chains);
    // "Troops from Kaya and Dori clashed near Djibo": where they came from is not where they
    // fought; such places are read last, and only when the sentence names no other.
    java.util.Set<Evidence> origins = new java.util.HashSet<>();
    phrases.stream().filter(p -> PlaceFrames.isOrigin(p, story.text())).forEach(origins::add);
    // "in Leon, Guanajuato, a man was shot in Colonia Centro": a place the text frames
    // is surer than one it does not, whose namesake may lie anywhere; it is read first.
    phrases = phrases.stream()
        .sorted(java.util.Comparator.<Evidence, Boolean>comparing(origins::contains)
            .thenComparing(p -> chains.get(p).isEmpty()))
        .toList();
    Optional<Located> best = Optional.empty();
    Optional<Located> unknownInFrame = Optional.empty();
    for (Evidence phrase : phrases) {
      // "Tafas in Dar'a", "V in rural T": T and Dar'a say where V is, not where the event was.
      if (frames(phrase, framing)) {
        continue;
      }
      if (best.isPresent() && origins.contains(phrase)) {
        continue;
      }
      Optional<Place> capital = capitals.named(phrase, story.text(), story.country());
      if (capital.isPresent()) {
        GeoPrecision precision = phrase.note().equals("near") ? GeoPrecision.NEAR
            : GeoPrecision.EXACT;
        best = best.or(() -> Optional.of(new Located(capital.get(), precision,
            phrase.withNoteAdded("the capital it names"))));
        continue;
      }
      // "... B in the Tahoua region, killing three in B": a name the sentence frames
      // once is the same place where it is named again without its frame.
      Optional<PlaceFrames.Frame> local = chains.get(phrase).stream().findFirst()
          .or(() -> sameNameFramed(phrase, chains))
          .or(() -> framedElsewhere(phrase, story));
      // "the Poltava and Vinnytsia regions": each name is a region's.
      String name = PlaceNames.asListedDivision(story.text(), phrase.start(), phrase.end());
      List<ScoredPlace> readings = ranker.rank(name, context(local, story));
      List<ScoredPlace> scored = readings.stream()
          .filter(p -> local.map(f -> PlaceFrames.fits(p.place(), f))
              .orElse(fits(p.place(), frame, story)))
          .filter(p -> !namesakeAbroad(p.place(), p.mainName(), phrase, story))
          // "the village of Mesa" is no city of half a million, in any country.
          .filter(p -> p.place().population() < VILLAGE_AT_MOST
              || !PlaceNames.villageNamed(story.text(), phrase.start(), phrase.end()))
          .toList();
      Optional<Place> town = PlaceFrames.quarterOf(phrase, mention, story);
      if (town.isPresent()) {
        // "the Al-Rawda district" of the city named just before, not a district of that name
        // in another province.
        scored = scored.stream().filter(p -> p.place().iso3().equals(town.get().iso3())
            && p.place().admin1().equals(town.get().admin1())).toList();
        if (scored.isEmpty() && best.isEmpty()) {
          best = Optional.of(new Located(town.get(), GeoPrecision.EXACT, new Evidence("location",
              phrase.text(), phrase.start(), phrase.end(),
              QUARTER_OF + town.get().name() + ", named before")));
          continue;
        }
      }
      List<Place> ranked = scored.stream().map(ScoredPlace::place).toList();
      // "in northern Mexico", "in southern Colombia": a country's name names the country, not a
      // town abroad or its capital that goes by the same name.
      // Only the country's own name: "Mexico City" names the city.
      boolean countryNamed = !ranked.isEmpty() && ranked.get(0).featureCode().startsWith("PCL")
          && ranked.get(0).name().equalsIgnoreCase(phrase.text().replaceFirst("(?i)^the\\s+", ""));
      Optional<Place> point = countryNamed ? Optional.empty()
          : ranked.stream().filter(p -> !p.isArea()).findFirst();
      if (point.isEmpty()) {
        if (local.isPresent() && unknownInFrame.isEmpty()) {
          // "Maywand district, Kandahar": the district itself, else the frame.
          unknownInFrame = ranked.stream().findFirst()
              .map(area -> new Located(area, precisionOf(area, name), phrase))
              .or(() -> Optional.of(atFrame(phrase, local.get())));
        }
        continue;
      }
      // "in Bryansk region", "in Kaduna State": the province, which ACLED codes at its seat with
      // precision 3; the seat that shares its name is not where the event was.
      // "the state of Gombe": the words before it make the name a province's, whichever
      // reading ranks first.
      // Where GeoNames files provinces second (the Philippines' "Province of Qqq"), the seat
      // ranks first for "Qqq province", but the province is still what was named.
      // (Of all its readings: a province that frames the sentence is no place inside itself.)
      boolean provinceNamed = !ranked.isEmpty() && (PlaceNames.namesAProvince(name)
              && readings.stream().limit(3).map(ScoredPlace::place)
                  .anyMatch(p -> (p.featureCode().equals("ADM1") || p.featureCode().equals("ADM2"))
                      && p.iso3().equals(point.get().iso3()))
          || PlaceNames.provinceBefore(story.text(), phrase.start())
              && ranked.stream().anyMatch(p -> p.featureCode().equals("ADM1")));
      GeoPrecision precision = provinceNamed ? GeoPrecision.REGION
          : phrase.note().equals("near") ? GeoPrecision.NEAR : GeoPrecision.EXACT;
      Located here = new Located(point.get(), precision, withOthers(phrase, point.get(), scored));
      if (best.isEmpty()) {
        best = Optional.of(here);
      } else if (inside(here.place(), best.get().place())) {
        // "the southern part of Damascus ... in al-Tadamon neighborhood": the smaller place.
        best = Optional.of(here);
      }
    }
    if (best.isEmpty() && unknownInFrame.isPresent()) {
      Located known = unknownInFrame.get();
      best = frame.filter(f -> f.place().isArea() && level(f.place()) > level(known.place())
          && known.place().isArea()).or(() -> Optional.of(known)).map(b -> filedFrom(b, story));
    }
    if (best.isPresent()) {
      return best;
    }
    Optional<Located> scene = scene(mention, story, frame);
    if (scene.isPresent() || frame.isPresent()) {
      return scene.isPresent() ? scene : frame;
    }
    // With no place near it, the event is in the town the report is about, if one leads; else
    // where the report was filed from; with no dateline either, in the story's country, which
    // ACLED codes at its capital (precision 3).
    Optional<Located> main = story.mainTown(mention.trigger().start(), mention.sentence())
        .map(n -> new Located(n.value(), GeoPrecision.NEAR, new Evidence("location",
            n.evidence().text(), n.evidence().start(), n.evidence().end(),
            EARLIER + ": the town the report names most; the sentences near the event name none")));
    if (main.isPresent()) {
      return main;
    }
    Optional<Located> filed = story.dateline().map(d -> new Located(d.value(), GeoPrecision.NEAR,
        new Evidence("location", d.evidence().text(), d.evidence().start(), d.evidence().end(),
            EARLIER + ": the dateline; the report names no other place for it")));
    return filed.or(() -> story.countryNamed().flatMap(n -> story.country().flatMap(ranker::country)
        .map(p -> new Located(p, GeoPrecision.REGION, new Evidence("location", n.text(), n.start(),
            n.end(), EARLIER + ": the story's country; the report names no place for the event")))));
  }

  private static Optional<PlaceFrames.Frame> sameNameFramed(Evidence phrase,
      Map<Evidence, List<PlaceFrames.Frame>> chains) {
    return chains.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty() && e.getKey().text().equalsIgnoreCase(phrase.text()))
        .map(e -> e.getValue().get(0)).findFirst();
  }

  /**
   * "... near Zzz, Kidal. Monitors counted 20 explosions near Zzz.": the frame the report gives
   * the same name in another sentence; the report means one place by one name.
   */
  private Optional<PlaceFrames.Frame> framedElsewhere(Evidence phrase, StoryContext story) {
    String text = story.text();
    java.util.regex.Matcher same = java.util.regex.Pattern.compile(
        "(?<![\\p{L}-])" + java.util.regex.Pattern.quote(phrase.text()) + "(?![\\p{L}-])")
        .matcher(text);
    while (same.find()) {
      if (same.start() == phrase.start()) {
        continue;
      }
      List<PlaceFrames.Frame> chain = PlaceFrames.after(new Evidence("location", phrase.text(),
          same.start(), same.end()), text, ranker, story.country());
      if (!chain.isEmpty()) {
        return Optional.of(chain.get(0));
      }
    }
    return Optional.empty();
  }

  /** The phrase, its note naming the next two readings the ranker weighed ("--explain"). */
  private static Evidence withOthers(Evidence phrase, Place chosen, List<ScoredPlace> scored) {
    List<String> others = scored.stream().filter(s -> !s.place().equals(chosen)).limit(2)
        .map(s -> s.place().name() + (s.place().admin1().isEmpty() ? "" : ", " + s.place().admin1())
            + (s.place().country().isEmpty() ? "" : ", " + s.place().country())
            + String.format(java.util.Locale.ROOT, " (%.1f)", s.score()))
        .toList();
    if (others.isEmpty()) {
      return phrase;
    }
    return phrase.withNoteAdded("chosen over " + String.join(" and ", others));
  }

  /** The story's country, or the frame's, and a town frame as a place nearby. */
  private static PlaceContext context(Optional<PlaceFrames.Frame> local, StoryContext story) {
    Optional<String> country = local.map(f -> f.place().iso3()).or(story::country);
    List<Place> near = local.filter(PlaceFrames.Frame::isTown).map(f -> List.of(f.place()))
        .orElse(List.of());
    return new PlaceContext(country, near);
  }

  /**
   * A place the gazetteer does not know, or knows only elsewhere, in a frame it does: the event is
   * put at the frame, as near (a town or district) or in the region (a province or country).
   */
  private static Located atFrame(Evidence phrase, PlaceFrames.Frame frame) {
    Evidence e = frame.evidence();
    return new Located(frame.place(), precisionOf(frame.place()), new Evidence("location", e.text(), e.start(),
        e.end(), "'" + phrase.text() + "' is not in the gazetteer here; placed at its frame"));
  }

  /**
   * "a village near Qqq in Zzz province", filed from a town of Zzz: a place the
   * gazetteer lacks, in the province the report was filed from, is nearer the dateline's town than
   * the province's seat; the town stands for it, as near (precision 2).
   */
  private static Located filedFrom(Located framed, StoryContext story) {
    Optional<Place> town = story.dateline().map(StoryContext.Named::value)
        .filter(d -> !d.isArea() && administered(framed.place())
            && PlaceFrames.inside(d, framed.place()));
    return town.map(t -> new Located(t, GeoPrecision.NEAR, framed.evidence().withNoteAdded(
        "at the town the report was filed from, in it"))).orElse(framed);
  }

  /**
   * A province or district, whose towns the gazetteer files under it. A region of another kind
   * ("South Wollo", a zone the gazetteer holds as a region) holds, as far as it can tell, every
   * town of its country, the capital the report was filed from among them.
   */
  private static boolean administered(Place area) {
    return area.featureCode().startsWith("ADM1") || area.featureCode().startsWith("ADM2");
  }

  /**
   * As {@link #precisionOf(Place)}, but a division the words call a province is one: "Qqq
   * province" that GeoNames files as a second-order division (the Philippines').
   */
  private static GeoPrecision precisionOf(Place p, String name) {
    return p.featureCode().startsWith("ADM2") && PlaceNames.namesAProvince(name)
        ? GeoPrecision.REGION : precisionOf(p);
  }

  /** Near a town or in a district; in the region of a province, country or natural area. */
  private static GeoPrecision precisionOf(Place p) {
    return !p.isArea() || p.featureCode().startsWith("ADM2") ? GeoPrecision.NEAR
        : GeoPrecision.REGION;
  }

  /** A province or country the sentence names, which places in it must lie inside. */
  private Optional<Located> frame(List<Evidence> phrases, StoryContext story,
      List<Evidence> framing, Map<Evidence, List<PlaceFrames.Frame>> chains) {
    Optional<Located> frame = Optional.empty();
    for (Evidence phrase : phrases) {
      List<PlaceFrames.Frame> own = chains.get(phrase);
      // "loaded at a farm near Zzz in Kansas, then driven to Omaha": Kansas frames Zzz only.
      if (frames(phrase, framing)) {
        continue;
      }
      // "the Middle East", "the Sahel": a region across borders frames no event.
      Optional<Place> p = ranker.resolve(phrase.text(), story.country()).filter(Place::isArea)
          .filter(a -> !a.iso3().isEmpty())
          .filter(a -> level(a) > 0 || !party(phrase, story.text()))
          // "Zzz district, Kunar": a district of that name abroad frames nothing here.
          .filter(a -> own.isEmpty() || PlaceFrames.fits(a, own.get(0)));
      // "Maywand district, Kandahar", "northeastern Nigeria's Borno state": the smaller area
      // inside the larger one frames more closely.
      if (p.isPresent() && (frame.isEmpty() || within(p.get(), frame.get().place()))) {
        frame = Optional.of(new Located(p.get(), precisionOf(p.get(), phrase.text()), phrase));
      }
    }
    return frame;
  }

  private static final java.util.regex.Pattern PARTY_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:[Ww]ith|[Aa]gainst|[Ff]rom)\\s+(?:the\\s+)?$");

  /**
   * True when the phrase follows "with", "against" or "from": a country so named is a party to
   * the act or its cause ("protested in Gomel against integration with Russia", "a protest
   * against France in Niamey", "goods from China"), not the frame of the places the sentence
   * names.
   */
  private static boolean party(Evidence phrase, String text) {
    return PARTY_BEFORE.matcher(text.substring(Math.max(0, phrase.start() - 20), phrase.start()))
        .find();
  }

  /** True when the phrase is one of the frames the text gives for another place. */
  private static boolean frames(Evidence phrase, List<Evidence> framing) {
    return framing.stream().anyMatch(f -> f.start() <= phrase.start() && phrase.end() <= f.end());
  }

  /** True when area {@code inner} lies inside area {@code outer} and is smaller than it. */
  private static boolean within(Place inner, Place outer) {
    return inner.iso3().equals(outer.iso3()) && level(inner) > level(outer)
        && (level(outer) < 1 || inner.admin1().equals(outer.admin1()));
  }

  /** 0 a country, 1 a province, 2 a district. */
  private static int level(Place p) {
    String f = p.featureCode();
    return f.startsWith("ADM2") ? 2 : f.startsWith("ADM1") ? 1 : f.startsWith("PCL") ? 0 : 1;
  }

  /**
   * Whether a place can be where the event happened: inside the named province or country, or in
   * the story's country; a large city abroad is allowed, a village abroad is a namesake unless
   * nothing the text names lies in the story's country.
   */
  private static boolean fits(Place p, Optional<Located> frame, StoryContext story) {
    if (frame.isPresent()) {
      Place f = frame.get().place();
      boolean sameCountry = p.iso3().equals(f.iso3());
      boolean sameProvince = sameCountry && p.admin1().equals(f.admin1());
      boolean sameDistrict = sameProvince && (p.admin2().isEmpty() || p.admin2().equals(f.admin2()));
      return switch (level(f)) {
        case 2 -> sameDistrict;
        case 1 -> sameProvince;
        default -> sameCountry;
      };
    }
    // A city abroad is a likely scene when it is known the world over (a capital, a city of a
    // million) or when the story names its country or another place in it; a town of 100,000 in
    // a country the story never names is a namesake ("Sagaing Region's Kani Township" is not
    // Kani in Japan).
    return story.country().map(c -> c.equals(p.iso3()) || !story.placesInCountry()
        || ForeignNamesakes.knownAbroad(p)
        || p.population() >= FOREIGN_CITY && story.namesPlaceIn(p.iso3()))
        .orElse(true);
  }

  private static boolean inside(Place small, Place large) {
    return small.featureCode().startsWith("PPL") && small.iso3().equals(large.iso3())
        && small.admin1().equals(large.admin1()) && small.population() < large.population();
  }

  /**
   * The last specific place named before the mention, in the same country as any broad one; else
   * the first district or province named before it (see below).
   */
  private Optional<Located> scene(Mention mention, StoryContext story,
      Optional<Located> broad) {
    List<StoryContext.Named<Place>> before =
        story.placesBefore(mention.trigger().start(), mention.sentence(), SCENE_WINDOW);
    // "attacked a base at Qqq town (Marka, Lower Shabelle)": Marka says where Qqq is; the scene
    // named before is Qqq, though Marka is named after it. Only when the town found for Qqq lies
    // where its frame says (a namesake elsewhere is no scene), and not for a country or province
    // ("in Lebanon in Sidon"), which a town says nothing of.
    List<Evidence> framing = new ArrayList<>();
    for (StoryContext.Named<Place> n : before) {
      if (!n.value().isArea()) {
        PlaceFrames.after(n.evidence(), story.text(), ranker, story.country()).stream()
            .filter(f -> PlaceFrames.fits(n.value(), f))
            .forEach(f -> framing.add(f.evidence()));
      }
    }
    Optional<StoryContext.Named<Place>> area = Optional.empty();
    for (StoryContext.Named<Place> n : before) {
      if (namesakeAbroad(n, story) || !n.value().isArea() && frames(n.evidence(), framing)) {
        continue;
      }
      if (n.value().isArea() && !n.value().featureCode().startsWith("PCL") && area.isEmpty()) {
        area = Optional.of(n);
      }
      // "Kandahar city ... a bomb in the Maywand district": a town named before is the scene
      // only when it lies in the area the sentence names.
      boolean inside = broad.map(b -> PlaceFrames.inside(n.value(), b.place())).orElse(true);
      if (!n.value().isArea() && inside) {
        return Optional.of(namedBefore(n, GeoPrecision.NEAR));
      }
    }
    // "stormed a village in Maru district ... Security forces arrested two suspects": with no
    // town named before, the district or province named before is nearer the act than a
    // dateline outside it (a capital the report was filed from), unless the sentence frames it.
    Optional<Place> filed = story.dateline().map(StoryContext.Named::value);
    return area.filter(a -> broad.isEmpty()
            && filed.map(d -> !PlaceFrames.inside(d, a.value())).orElse(true))
        .map(a -> namedBefore(a, precisionOf(a.value())));
  }

  /**
   * A town abroad that the words name only by one of its other names (a Malian village "Qqq"
   * found as an old name of an Indonesian town), in a story set in another country: a namesake,
   * most likely of a village the gazetteer does not hold. A town abroad named by its own name may
   * be the scene ("drones struck Kursk"), and so may a city of a million by any of its names
   * ("Kiev"), and so may a town of a country the story names otherwise.
   */
  private static boolean namesakeAbroad(Place p, boolean ownName, Evidence phrase,
      StoryContext story) {
    return !ownName && !p.isArea() && p.population() < ForeignNamesakes.MILLION_CITY
        && story.placesInCountry() && story.country().map(c -> !c.equals(p.iso3())).orElse(false)
        && !story.namesOtherPlaceIn(p.iso3(), phrase);
  }

  private static boolean namesakeAbroad(StoryContext.Named<Place> n, StoryContext story) {
    return namesakeAbroad(n.value(),
        PlaceNames.fold(n.evidence().text()).contains(PlaceNames.fold(n.value().name())),
        n.evidence(), story);
  }

  private static Located namedBefore(StoryContext.Named<Place> n, GeoPrecision precision) {
    Evidence e = n.evidence();
    return new Located(n.value(), precision, new Evidence("location", e.text(), e.start(), e.end(),
        EARLIER + " in the report; the sentence names no place"));
  }
}
