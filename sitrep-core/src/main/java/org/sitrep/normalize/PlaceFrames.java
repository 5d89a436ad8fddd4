package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.extract.TimeWords;
import org.sitrep.internal.DivisionWords;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.place.Distance;
import org.sitrep.place.PlaceContext;
import org.sitrep.place.PlaceNames;
import org.sitrep.place.PlaceRanker;
import org.sitrep.place.ScoredPlace;

/**
 * Reads the frames a report gives right after a place's name, which say where that place is:
 * "Cordoba, Veracruz", "Qqqville, Zzz subdivision (Konduga, Borno)", "Tafas in Dar'a",
 * "V in rural T in al-Hasakeh", "Kafr Aqab north of Jerusalem". Read from the text, not from
 * NER, which often takes the second name of "X, Y" for a person. A frame is an area (province,
 * district, country, region) or, after "in", "rural" or "north of", a town; the outermost is read
 * first so that each inner one is looked for inside it ("Konduga" inside Borno, Nigeria).
 */
final class PlaceFrames {
  /**
   * A frame: the place, the words naming it, whether the text put the event only near it, and
   * whether by a direction ("south of T", "20 km west of T") rather than "near T" or "in rural T".
   */
  record Frame(Place place, Evidence evidence, boolean near, boolean beside) {
    boolean isTown() {
      return !place.isArea();
    }
  }

  private static final int MAX_LINKS = 4;
  private static final Pattern CITY_WORD = Pattern.compile("(?i)\\s(?:city|town)\\.?$");
  /** A phrase that says it names a division: "Ghaziabad district", "Sucre municipality". */
  private static final Pattern DIVISION_WORD = Pattern.compile("(?i)\\s(?:"
      + DivisionWords.all().stream().map(w -> w.text().replace(" ", "\\s+"))
          .collect(Collectors.joining("|")) + ")$");
  /** How far from a town a place framed by it ("V in rural T") can lie. */
  private static final double TOWN_FRAME_KM = 50;
  /**
   * How far from a town a place the text puts in a direction from it ("Qqq, southwest of T") can
   * lie: a district town that a province's seat is used to place lies an hour's drive away.
   */
  private static final double BESIDE_TOWN_KM = 100;
  /** Arabic article forms as transliterated: "Deir ez-Zor", "Ras al Ain". */
  private static final String ARTICLE =
      "(?:al|el|il|ul|ad|ar|as|at|az|an|ash|adh|ath|ed|er|es|et|ez|en|esh)";
  private static final String DIRECTION =
      "(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?";
  /**
   * What joins a place to its frame: a comma, an opening or a closing-and-reopening bracket, "in"
   * (with "rural" or a direction of the area), or a relative cue ("north of", "5 km west of").
   */
  private static final Pattern LINK = Pattern.compile(
      "\\G(?:\\s*,?\\s+(?<rel>(?<distance>\\d+(?:\\.\\d+)?\\s*(?:km|kilometres|kilometers|miles)"
          + "\\s+)?(?:(?<direction>" + DIRECTION + "\\s+of)|near|outside"
          + "|on\\s+the\\s+outskirts\\s+of)\\s+(?:the\\s+)?)"
          + "|\\s+(?<part>(?:area|neighbou?rhood|part|district|suburbs?|quarter)\\s+of\\s+(?:the\\s+)?)"
          + "|\\s+in\\s+(?:the\\s+)?(?<rural>(?:rural|the\\s+countryside\\s+of|" + DIRECTION
          + ")\\s+)?|\\s*\\)?\\s*,\\s*|\\s*\\(\\s*)");
  /**
   * A phrase that ends in a word for a part of a town: "the Qqq area", "Qqq neighbourhood". Not
   * "district": "the Lll district of Yyy" is as often a province's district, whose frame may be
   * a province spelt like a town abroad.
   */
  private static final Pattern PART_WORD =
      Pattern.compile("(?i)\\s(?:area|neighbou?rhood|suburbs?|quarter)$");
  private static final Pattern PART_OF = Pattern.compile("\\G\\s+of\\s+(?:the\\s+)?");
  /**
   * A phrase that ends in a word for a town or a district: "Kandi town of Murshidabad district",
   * "Qqq village of Zzz tehsil", as South Asian news places a town in its district; "the Tres
   * Rios district of Culiacan". Its "of" links an area (a city is also its municipality), so
   * that a namesake abroad ("Tres Rios", Brazil) does not outweigh it.
   */
  private static final Pattern SETTLEMENT_WORD =
      Pattern.compile("(?i)\\s(?:town|village|city|district)$");
  /**
   * Up to four capitalised words, Arabic articles and hyphens allowed, and a kind word. A full
   * stop belongs to a name only inside it ("U.S."): "of Omdurman. Police said" ends the name; an
   * ampersand too ("J&K", "Jammu & Kashmir").
   */
  private static final String WORD = "\\p{Lu}(?:[\\p{L}'’ʿ\\-]|\\.(?=\\p{L})|&(?=\\p{Lu}))*";
  private static final Pattern NAME = Pattern.compile(
      "\\G(?<name>(?:" + ARTICLE + "-)?" + WORD + "(?:\\s+(?:" + ARTICLE
          + "-|" + ARTICLE + "\\s+|de\\s+|del\\s+|of\\s+|&\\s+)?" + WORD + "){0,3}(?:\\s+(?:"
          + "district|province|governorate|state|region|county|subdivision|sub-county|department|"
          + "municipality|oblast|raion|rayon|tehsil|village|town|city|countryside|area|LGA|territory|"
          + "chiefdom))?)");

  private PlaceFrames() {}

  /** The frames named right after the phrase, innermost first. */
  static List<Frame> after(Evidence phrase, String text, PlaceRanker ranker,
      Optional<String> country) {
    List<Evidence> names = new ArrayList<>();
    List<Boolean> near = new ArrayList<>();
    List<Boolean> beside = new ArrayList<>();
    List<Boolean> townAllowed = new ArrayList<>();
    List<Boolean> townFirst = new ArrayList<>();
    boolean partOfFirst = false;
    int at = phrase.end();
    for (int k = 0; k < MAX_LINKS && at < text.length(); k++) {
      // "the Qqq area of Multan" where the phrase took in "area": its "of" is the link.
      Matcher partLink = PART_OF.matcher(text).region(at, text.length());
      boolean partOf = k == 0 && PART_WORD.matcher(phrase.text()).find() && partLink.lookingAt();
      boolean townOf = k == 0 && !partOf && SETTLEMENT_WORD.matcher(phrase.text()).find()
          && partLink.lookingAt();
      Matcher link = partOf || townOf ? partLink : LINK.matcher(text).region(at, text.length());
      if (!partOf && !townOf && !link.lookingAt()) {
        break;
      }
      Matcher name = NAME.matcher(text).region(link.end(), text.length());
      if (!name.lookingAt() || TimeWords.isCalendarWord(firstWord(name.group("name")))) {
        break;
      }
      // "the Independent Policing Oversight Authority (IPOA)": letters in capitals in brackets
      // abbreviate the name before them; they frame nothing.
      if (link.group().strip().startsWith("(") && PlaceSpotter.isAcronym(name.group("name"))) {
        break;
      }
      boolean plain = partOf || townOf;
      boolean relative = !plain && link.group("rel") != null;
      // "the Qqq district of Kyiv": a district of a city the gazetteer does not know is a part of
      // it, framed by the town; "the Zzz district of Helmand" is a province's, and a district it
      // knows by that name is looked for in the province the city's name also names.
      boolean districtOfCity = townOf && phrase.text().toLowerCase(Locale.ROOT).endsWith("district")
          && ranker.rankAsWritten(phrase.text(), PlaceContext.NONE).isEmpty()
          && ranker.rank(name.group("name"), PlaceContext.inCountry(country)).stream()
              .map(ScoredPlace::place).filter(p -> !p.isArea()).findFirst()
              .filter(PlaceFrames::isCity).isPresent();
      // "the Qqq area of Multan city": a part of the town, which frames it as a town.
      boolean part = partOf || districtOfCity || !townOf && link.group("part") != null;
      boolean rural = !plain && link.group("rural") != null;
      String words = link.group().strip();
      names.add(new Evidence("location", name.group("name"), name.start("name"), name.end("name")));
      near.add(relative || rural);
      // "Qqq, southwest of T", "Qqq, 60 km from T" may lie farther than "Qqq, near T".
      beside.add(relative && (link.group("distance") != null || link.group("direction") != null));
      // "Aleppo, Damascus said": after a bare comma only an area can frame a place.
      townAllowed.add(relative || rural || part || words.startsWith("in")
          || words.startsWith("("));
      townFirst.add(relative || rural || part);
      partOfFirst |= k == 0 && part;
      at = name.end();
    }
    List<Frame> frames = new ArrayList<>();
    if (names.isEmpty()) {
      return frames;
    }
    Optional<Frame> outer = Optional.empty();
    for (int i = names.size() - 1; i >= 0; i--) {
      Optional<String> within = outer.map(f -> f.place().iso3()).or(() -> country);
      List<String> inner = new ArrayList<>();
      for (int j = i - 1; j >= 0; j--) {
        inner.add(names.get(j).text());
      }
      inner.add(phrase.text());
      Optional<Frame> frame = resolve(names.get(i), inner, near.get(i), beside.get(i),
          townAllowed.get(i), townFirst.get(i), ranker, within, outer);
      if (frame.isPresent()) {
        frames.add(0, frame.get());
        outer = frame;
      }
    }
    if (frames.isEmpty()) {
      return frames;
    }
    // "Aleppo, Damascus said": a known place that lies outside its would-be frame is not in it.
    // But "Zzz district, Kandahar" is framed though a Zzz village lies elsewhere: only a city
    // known by that very name outweighs the frame; a near spelling ("Djugu", a variant of a
    // town abroad) does not.
    List<ScoredPlace> known = ranker.rankAsWritten(phrase.text(), PlaceContext.NONE);
    boolean framedOutside = !known.isEmpty()
        && known.stream().noneMatch(p -> fits(p.place(), frames.get(0)));
    // "the Victoria area of Omdurman" says outright that it is part of the town, and "Zzz
    // district, Kunar" that it is a division, not the city of the name abroad. A country by its
    // name lies in no town: "protested against France in Niamey" names where, not a frame.
    boolean division = DIVISION_WORD.matcher(phrase.text()).find();
    if (framedOutside && !partOfFirst && known.stream().anyMatch(p -> (isCity(p.place())
        && !division || p.place().featureCode().startsWith("PCL")) && p.mainName())) {
      return List.of();
    }
    return frames;
  }

  /** A capital, a province seat or a town of 100,000. */
  private static boolean isCity(Place p) {
    return p.isMajorCity() || p.featureCode().equals("PPLA");
  }

  /** Inside an area frame, or within reach of a town frame ("V in rural T"). */
  static boolean fits(Place p, Frame frame) {
    if (frame.isTown()) {
      return p.iso3().equals(frame.place().iso3())
          && Distance.km(p, frame.place()) <= (frame.beside() ? BESIDE_TOWN_KM : TOWN_FRAME_KM);
    }
    return inside(p, frame.place());
  }

  /** @param inner the names the frame holds, the nearest first ("Bui", "Kumbo subdivision") */
  private static Optional<Frame> resolve(Evidence name, List<String> inner, boolean near,
      boolean beside, boolean townAllowed, boolean townFirst, PlaceRanker ranker,
      Optional<String> country, Optional<Frame> outer) {
    List<ScoredPlace> ranked = ranker.rank(name.text(), PlaceContext.inCountry(country));
    List<Place> areas = ranked.stream().map(ScoredPlace::place)
        .filter(Place::isArea).filter(p -> !p.iso3().isEmpty()).filter(p -> inside(p, outer))
        .toList();
    // "Patiala (Punjab)", "Multan (Punjab)": of two areas of one name, the one that holds
    // the place it frames.
    List<Place> held = ranker.lookup(inner.get(0));
    // "Kabale (Kabale, Western)": a place whose own province bears the frame's name ("Western
    // Region") is framed by it, though the gazetteer's areas of that name lie elsewhere.
    String frameName = name.text().strip().toLowerCase(java.util.Locale.ROOT);
    boolean ownDivision = held.stream().map(p -> p.admin1().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(a -> a.equals(frameName) || a.startsWith(frameName + " "));
    Optional<Place> holdsNearest = holding(areas, held);
    if (ownDivision && outer.isEmpty() && holdsNearest.isEmpty()) {
      return Optional.empty();
    }
    // "Tobin village, Kumbo subdivision (Bui, Nord-Ouest)": when the nearest name is unknown,
    // the one further in ("Kumbo") says which country's Nord-Ouest.
    Optional<Place> area = holdsNearest
        .or(() -> inner.stream().skip(1).map(n -> holding(areas, ranker.lookup(n)))
            .flatMap(Optional::stream).findFirst())
        .or(() -> areas.stream().findFirst());
    // "Quitunda, on the outskirts of Palma" in a Mozambican story: a town of that name abroad
    // (Palma, Spain) frames nothing; the story's country will.
    // "Jaro, Iloilo City": a frame that says it is a city or a town is one, after a bare comma
    // too, though a province shares its name.
    boolean townWord = CITY_WORD.matcher(name.text()).find();
    Optional<Place> townAtHome = townAllowed || townWord
        ? ranked.stream().map(ScoredPlace::place).filter(p -> !p.isArea())
            .filter(p -> inside(p, outer)).findFirst()
            .filter(p -> outer.isPresent() || country.map(p.iso3()::equals).orElse(true))
        : Optional.empty();
    // "Mangodomu, north of Beni" in a story its words set in Uganda, where ADF rebels come from:
    // when the area of the name lies abroad and no town of it in the story's country, a link that
    // names a town's surroundings takes a town of the name as written (Beni, Congo), not the
    // area (El Beni, Bolivia).
    boolean areaOnlyAbroad = townAtHome.isEmpty() && townFirst && (townAllowed || townWord)
        && country.isPresent() && area.filter(a -> !a.iso3().equals(country.get())).isPresent();
    Optional<Place> town = !areaOnlyAbroad ? townAtHome
        : ranker.rankAsWritten(name.text(), PlaceContext.inCountry(country)).stream()
            .map(ScoredPlace::place).filter(p -> !p.isArea()).filter(p -> inside(p, outer))
            .findFirst();
    // "in rural Idlib", "north of Aleppo" and "the X area of Multan" name the city or its
    // surroundings: the town reading wins when the phrase did not say "province"; a bare comma
    // frames with the area.
    boolean areaWord = PlaceNames.withoutGenericTail(PlaceNames.tokens(name.text()))
        .map(PlaceNames.Tail::area).orElse(false);
    // "Mbau in Beni territory" in a Congolese story: a town of the story's country outweighs an
    // area of that name abroad (El Beni, Bolivia), though the phrase names an area.
    boolean areaAbroad = area.isPresent() && country.isPresent()
        && !area.get().iso3().equals(country.get())
        && town.map(t -> t.iso3().equals(country.get())).orElse(false);
    // "in southern Lebanon": "southern" puts the place in a part of the country, not around a
    // town of that name abroad.
    boolean countryAbroadOfTown = area.filter(a -> a.featureCode().startsWith("PCL"))
        .filter(a -> town.map(t -> !t.iso3().equals(a.iso3())).orElse(true)).isPresent();
    Optional<Place> chosen = town.isPresent() && (!areaWord || areaAbroad) && !countryAbroadOfTown
        && (townFirst || townWord || area.isEmpty() || areaAbroad) ? town : area.or(() -> town);
    return chosen.map(p -> new Frame(p, name, near, beside));
  }

  /** The first of the areas that holds one of the places (other than itself), if any does. */
  private static Optional<Place> holding(List<Place> areas, List<Place> held) {
    return areas.stream()
        .filter(a -> held.stream().anyMatch(p -> !p.equals(a) && inside(p, a))).findFirst();
  }

  /**
   * One or two capitalised words after a phrase: "Banja" of "Banja Luka" when NER stopped short,
   * or "Cox" of "Cox's Bazar", whose possessive ended the name.
   */
  private static final java.util.regex.Pattern NEXT_WORDS = java.util.regex.Pattern.compile(
      "\\G(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2}");

  /**
   * The phrase with the capitalised words that follow it, when the gazetteer knows the longer name
   * and not only its start: "Banja Luka" over "Banja", "Ciudad Juarez" over "Ciudad".
   */
  static Evidence longer(Evidence phrase, String text, PlaceRanker ranker) {
    Evidence whole = withNameBefore(phrase, text, ranker);
    if (whole != phrase) {
      return whole;
    }
    java.util.regex.Matcher next = NEXT_WORDS.matcher(text).region(phrase.end(), text.length());
    if (!next.lookingAt()) {
      return phrase;
    }
    for (int end = next.end(); end > phrase.end(); end = text.lastIndexOf(' ', end - 1)) {
      String words = text.substring(phrase.start(), end);
      if (namedAsWritten(words, ranker)) {
        return new Evidence(phrase.field(), words, phrase.start(), end, phrase.note());
      }
    }
    return phrase;
  }

  /** True when the gazetteer has a place by exactly these words. */
  private static boolean namedAsWritten(String words, PlaceRanker ranker) {
    return ranker.gazetteer().candidates(words).stream()
        .anyMatch(c -> c.match() == org.sitrep.place.Candidate.Match.EXACT);
  }

  /** One or two capitalised words and "of" right before a phrase: "Line of", "Gulf of". */
  private static final Pattern NAME_OF_BEFORE =
      Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}of\\s+(?:the\\s+)?$");

  /**
   * "Line of Control", "Gulf of Aden", "Strait of Hormuz": NER often takes only the name after
   * "of" ("Control", a village in Mexico); the whole name, when the gazetteer knows it as
   * written, is the place.
   */
  private static Evidence withNameBefore(Evidence phrase, String text, PlaceRanker ranker) {
    int from = Math.max(0, phrase.start() - 40);
    // The pattern ends at the region's end, so a match ends where the phrase begins.
    Matcher before = NAME_OF_BEFORE.matcher(text).region(from, phrase.start());
    if (!before.find()) {
      return phrase;
    }
    String words = text.substring(before.start(), phrase.end());
    return namedAsWritten(words, ranker)
        ? new Evidence(phrase.field(), words, before.start(), phrase.end(), phrase.note())
        : phrase;
  }

  /** True when the place lies in the outer frame (or there is none). */
  private static boolean inside(Place p, Optional<Frame> outer) {
    return outer.isEmpty() || inside(p, outer.get().place());
  }

  /**
   * True when the place lies in the area: its province or district, or its country for any other
   * area.
   */
  static boolean inside(Place p, Place o) {
    if (!p.iso3().equals(o.iso3())) {
      return false;
    }
    String code = o.featureCode();
    if (code.startsWith("ADM1")) {
      return p.admin1().equals(o.admin1());
    }
    if (code.startsWith("ADM2")) {
      return p.admin1().equals(o.admin1()) && (p.admin2().isEmpty() || p.admin2().equals(o.admin2()));
    }
    return true;
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private static final java.util.regex.Pattern FROM =
      java.util.regex.Pattern.compile("\\b[Ff]rom\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*"
          + "(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s*(?:,|\\band\\b|\\bor\\b)\\s*)*$");

  /** True when the phrase follows "from", alone or in a list: where someone came from. */
  static boolean isOrigin(Evidence phrase, String text) {
    return FROM.matcher(text.substring(Math.max(0, phrase.start() - 80), phrase.start())).find();
  }

  /**
   * Words before a place that say the hurt were treated there ("taken to a hospital in",
   * "died at a clinic in", "evacuated to"), that people fled or a force withdrew to it ("fled
   * to", "withdrew towards"), or that it is across a border from the scene. A hospital with no
   * word of care before it may be the target ("shelled a hospital in").
   */
  private static final Pattern ELSEWHERE = Pattern.compile("(?i)(?:\\b(?:taken|rushed|brought"
      + "|evacuated|airlifted|flown|shifted|transferred|referred|admitted|treated|treatment"
      + "|died|succumbed)"
      + "\\b[^.;]{0,40}\\b(?:hospital|clinic|health (?:centre|center|facility)"
      + "|medical (?:centre|center|facility)|morgue|mortuary)s?\\s+(?:in|at|of)"
      + "|\\b(?:taken|rushed|evacuated|airlifted)\\s+to"
      // "a resident who fled to Qqq": where people went to be safe, not where they were hurt.
      + "|\\b(?:fled|flee|flees|fleeing|escaped|relocated)\\s+(?:to|towards?)"
      // "troops withdrew towards Qqq": where a force went, not the ground it gave up.
      + "|\\b(?:withdr[ae]wn?|withdrawing|retreated|retreating|pulled back)\\s+(?:to|towards?)"
      + "|\\bacross the border from)\\s+(?:the\\s+)?(?:(?:town|city) of\\s+)?$");

  /**
   * True when the phrase says where the hurt were treated ("taken to a hospital in Qqq",
   * "evacuated to Qqq"), where people fled to ("a resident who fled to Qqq") or a place across a
   * border from the scene ("across the border from Qqq"): a place of the sentence that is not
   * where the act was.
   */
  static boolean elsewhere(Evidence phrase, String text) {
    return ELSEWHERE.matcher(text.substring(Math.max(0, phrase.start() - 60), phrase.start()))
        .find();
  }

  private static final Pattern QUARTER = Pattern.compile(
      "(?i).*\\b(district|quarter|neighbou?rhood)$");

  /** "the city's", "the town's": the town named before owns the quarter that follows. */
  private static final Pattern TOWNS_OWN =
      Pattern.compile("(?i)\\bthe\\s+(?:city|town|capital|village)['’]s\\s+$");

  /**
   * The town of which "the X district" or "the city's X district" is a quarter: a phrase with
   * "the" and a quarter word, after a town named in the sentences just before.
   */
  static Optional<Place> quarterOf(Evidence phrase, org.sitrep.model.Mention mention,
      StoryContext story) {
    String before = story.text().substring(Math.max(0, phrase.start() - 30), phrase.start());
    if (!QUARTER.matcher(phrase.text()).matches() || !before.toLowerCase(java.util.Locale.ROOT)
        .endsWith("the ") && !TOWNS_OWN.matcher(before).find()) {
      return Optional.empty();
    }
    // "near the village of Kfar Houne, in the Marjayoun district": a district set after a name by
    // a comma frames that name; it is no quarter of a town of the sentences before.
    String lead = story.text().substring(Math.max(0, phrase.start() - 80), phrase.start());
    if (APPOSED.matcher(lead).find()) {
      return Optional.empty();
    }
    return story.placesBefore(phrase.start(), mention.sentence(), 2).stream()
        .map(StoryContext.Named::value).filter(p -> !p.isArea()).findFirst();
  }

  /** A name, a comma and "in the": what follows frames the name. */
  private static final Pattern APPOSED =
      Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+,\\s+in\\s+the\\s+$");
}
