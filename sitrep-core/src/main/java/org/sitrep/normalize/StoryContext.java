package org.sitrep.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorMatch;
import org.sitrep.actor.ActorScope;
import org.sitrep.actor.Demonyms;
import org.sitrep.internal.DivisionWords;
import org.sitrep.model.Actor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.place.PlaceRanker;

/**
 * What the whole article says that a single sentence leans on: its main country (for "the
 * regime"), every named actor and place in text order (for "them", "the neighborhood"), and who
 * the people quoted speak for ("Commander of the Revolutionary Commando Army Colonel X").
 */
final class StoryContext {
  /** Nouns after a country's name or adjective that make it the scene of the story. */
  private static final java.util.regex.Pattern DOMESTIC = java.util.regex.Pattern.compile(
      "(?i)'s|’s|government|ministry|interior|defen[cs]e|officials?|authorities|president|prime|"
          + "parliament|police|people|citizens|civilians|protesters|demonstrators|villagers|"
          + "residents|opposition|capital|province|state|border|town|city|villages?|farmers|"
          + "workers|students");

  /** Armed men and those sent abroad, right before "from" and the country they come from. */
  private static final java.util.regex.Pattern MEN_FROM = java.util.regex.Pattern.compile(
      "(?i)\\b(troops|soldiers|forces|fighters|militants|peacekeepers|contingents?|mercenaries|"
          + "volunteers|police|officers|gunmen|insurgents|rebels|jihadists)\\s+from\\s+(the\\s+)?$");

  /** "by" right before a name: the name acts ("launched by Russia"). */
  private static final java.util.regex.Pattern BY =
      java.util.regex.Pattern.compile("(?i)\\bby\\s+(the\\s+)?$");

  /** A named actor or place at a position in the text. */
  record Named<T>(T value, Evidence evidence, int sentence) {}

  private final Optional<String> country;
  private final Optional<LocalDate> date;
  private final List<Named<Actor>> actors;
  private final List<Named<Place>> places;
  private final Map<String, Named<Actor>> affiliations;
  private final Optional<Named<Place>> dateline;
  /** The dateline's country, as written ("KYIV, Ukraine") or as its place's. */
  private final Optional<String> datelineCountry;
  /** The first adjective of the story's country ("Kenyan police"), for evidence of it. */
  private final Optional<Evidence> countryAdjective;
  /** See {@link #placesInCountry()}. */
  private final boolean placesInCountry;
  private final String text;
  /** Where the actors named as a statement's source begin ("police said"). */
  private final java.util.Set<Integer> sources;
  /** Where each sentence begins, to tell which sentence an offset is in. */
  private final int[] sentenceStarts;
  /** Each naming of the town the report names most, if one leads; see {@link #mainTown}. */
  private final List<Named<Place>> mainTown;

  private StoryContext(String text, Optional<String> country, Optional<LocalDate> date,
      List<Named<Actor>> actors,
      List<Named<Place>> places, Map<String, Named<Actor>> affiliations,
      Optional<Named<Place>> dateline, Optional<String> datelineCountry,
      Optional<Evidence> countryAdjective, java.util.Set<Integer> sources, int[] sentenceStarts) {
    this.sources = java.util.Set.copyOf(sources);
    this.sentenceStarts = sentenceStarts.clone();
    this.country = country;
    this.datelineCountry = datelineCountry;
    this.countryAdjective = countryAdjective;
    this.placesInCountry = country.isPresent() && (countryAdjective.isPresent()
        // The country's own name places nothing: "against integration with Russia", "the US
        // dollar" name a country the story is not in.
        || places.stream().anyMatch(n -> n.value().iso3().equals(country.get())
            && !n.value().featureCode().startsWith("PCL"))
        || datelineCountry.filter(country.get()::equals).isPresent());
    this.date = date;
    this.actors = actors;
    this.places = places;
    this.affiliations = affiliations;
    this.dateline = dateline;
    this.text = text;
    this.mainTown = mainTown(places, country);
  }

  /**
   * The namings of the town in the story's country that has more than half of all the report's
   * namings of towns, at least two; else none. A report on many fronts (a live page on a war)
   * has no main town, and an event it does not place is not put in the town it names most.
   */
  private static List<Named<Place>> mainTown(List<Named<Place>> places, Optional<String> country) {
    Map<Long, List<Named<Place>>> byTown = new java.util.LinkedHashMap<>();
    int towns = 0;
    for (Named<Place> n : places) {
      Place p = n.value();
      if (!p.isArea()) {
        towns++;
        byTown.computeIfAbsent(p.geonameId(), k -> new ArrayList<>()).add(n);
      }
    }
    int all = towns;
    return byTown.values().stream()
        .filter(l -> l.size() >= 2 && 2 * l.size() > all
            && country.map(l.get(0).value().iso3()::equals).orElse(true))
        .findFirst().map(List::copyOf).orElse(List.of());
  }

  /** The article's whole text, into which every evidence offset points. */
  String text() {
    return text;
  }

  static StoryContext of(AnnotatedArticle article, ActorKnowledgeBase dictionary, PlaceRanker ranker,
      PlaceSpotter spotting, Demonyms demonyms) {
    Optional<LocalDate> date = article.article().metadata().published();
    Map<String, Integer> countryVotes = new HashMap<>();
    Map<String, Evidence> adjectives = new HashMap<>();
    // "Pakistan's interior ministry", "Pakistani police": each country adjective is a vote, and
    // the dateline's place two: what a report is about is named more than who fights in it.
    for (Sentence s : article.sentences()) {
      List<String> words = s.tokens().stream().map(Token::word).toList();
      for (Token t : s.tokens()) {
        // "in Qqq upazila": a word of one country's divisions after a name votes as its adjective.
        DivisionWords.countryEndingAt(words, t.index()).ifPresent(w -> {
          countryVotes.merge(w.country(), 1, Integer::sum);
          int from = s.token(w.name()).start();
          adjectives.putIfAbsent(w.country(), new Evidence("location",
              article.article().text().substring(from, t.end()), from, t.end()));
        });
        // "Pakistan's interior ministry", "Lebanese protesters" say whose story it is; "Russian
        // warplanes", "US-backed rebels", "the US dollar" and "the Russian embassy" do not.
        boolean domestic = t.index() + 1 < s.tokens().size()
            && DOMESTIC.matcher(s.token(t.index() + 1).word()).matches();
        if (domestic) {
          demonyms.country(t.word()).ifPresent(c -> {
            countryVotes.merge(c, 1, Integer::sum);
            adjectives.putIfAbsent(c, new Evidence("location", t.word(), t.start(), t.end()));
          });
        }
      }
    }
    // "PEMBA, Mozambique": the country as written, else the place's.
    Optional<String> datelineCountry = Datelines.country(article, dictionary, ranker);
    datelineCountry.ifPresent(c -> countryVotes.merge(c, 2, Integer::sum));
    // The country the words say ("Ugandan police", the dateline), before named groups, which act
    // abroad too: a bare place name is read there.
    Optional<String> told = leading(countryVotes);
    for (Sentence s : article.sentences()) {
      // A monitor or news agency of one country ("the OSCE monitoring mission in Ukraine", "the
      // Syrian Observatory") says whose war the report is about, as a named armed group does.
      dictionary.sourceCountries(s.text()).forEach(c -> countryVotes.merge(c, 2, Integer::sum));
      // Named armed groups say whose war it is ("the Taliban", "the SDF"): they weigh double.
      // Armies fight abroad and are named abroad; armed groups and militias seldom are.
      dictionary.namedGroupCountries(s.text(), date)
          .forEach(c -> countryVotes.merge(c, 2, Integer::sum));
    }
    // "ADF rebels killed five in Mbau in Beni territory": frames are read in the country the
    // words, groups and places named so far point to ("... in North-West Cameroon. ... in Qqq,
    // Northwest region"), so that a namesake area abroad does not outvote them.
    List<Evidence> phrases = new ArrayList<>();
    List<Integer> phraseSentences = new ArrayList<>();
    // "Kumbo town (Bui, Nord-Ouest)": a name read as the frame of an earlier one has voted there,
    // in the light of the names it holds (Cameroon's Nord-Ouest, which holds Kumbo); read again
    // on its own as another country's (Haiti's Nord-Ouest), it does not vote a second time.
    Map<Integer, String> framedAs = new HashMap<>();
    for (Sentence s : article.sentences()) {
      for (Evidence spotted : spotting.phrases(s, article.article().text())) {
        Evidence phrase = PlaceFrames.longer(spotted, article.article().text(), ranker);
        phrases.add(phrase);
        phraseSentences.add(s.index());
        String frameCountry = framedAs.get(phrase.start());
        if (frameCountry != null && ranker.resolveAsWritten(phrase.text(), Optional.empty())
            .filter(p -> !p.iso3().equals(frameCountry)).isPresent()) {
          continue;
        }
        // "Cordoba, Veracruz", "Tripoli, Lebanon": a frame the text gives names the country
        // outright and weighs more than the bare name, which may be a namesake's.
        List<PlaceFrames.Frame> frames =
            PlaceFrames.after(phrase, article.article().text(), ranker, leading(countryVotes));
        frames.forEach(f -> countryVotes.merge(f.place().iso3(), weight(f.place()), Integer::sum));
        frames.forEach(f -> framedAs.putIfAbsent(f.evidence().start(), f.place().iso3()));
        Optional<String> framed = frames.stream().reduce((a, b) -> b).map(f -> f.place().iso3());
        // Only a name as written votes: a near spelling ("IPOA", one edit from a town in
        // Indonesia) names no country. A bare name is read in the country the words already
        // name ("Congolese police in Kabinda"), so that a namesake abroad does not outvote them.
        // "troops from Burundi": a country the men come from is not where they are; "drones
        // launched by Russia": nor is one that acts from afar.
        String before = article.article().text()
            .substring(Math.max(0, phrase.start() - 40), phrase.start());
        boolean origin = MEN_FROM.matcher(before).find() || BY.matcher(before).find();
        ranker.resolveAsWritten(phrase.text(), framed.or(() -> told))
            .filter(p -> !(origin && p.featureCode().startsWith("PCL")))
            .ifPresent(p -> countryVotes.merge(p.iso3(), weight(p), Integer::sum));
      }
    }
    Optional<String> country = leading(countryVotes);
    List<Named<Place>> places = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      Evidence phrase = phrases.get(i);
      int sentence = phraseSentences.get(i);
      ranker.resolve(phrase.text(), country).ifPresent(p -> places.add(new Named<>(p, phrase, sentence)));
    }
    List<Named<Actor>> actors = new ArrayList<>();
    Map<String, Named<Actor>> affiliations = new HashMap<>();
    java.util.Set<Integer> sources = new java.util.HashSet<>();
    for (Sentence s : article.sentences()) {
      List<ActorMatch> matches = dictionary.find(s.text(), new ActorScope(country, date));
      for (ActorMatch m : matches) {
        if (isSource(s, s.start() + m.end())) {
          sources.add(s.start() + m.start());
        }
        // "the army checkpoint", "the military base": a site of a party, not one that acts or
        // that "they" refers back to.
        if (modifiesFacility(s.text(), m.end()) || namesFacility(m.alias())) {
          continue;
        }
        int start = s.start() + m.start();
        int end = s.start() + m.end();
        // "the Highlands Freedom Army": a group's own name, not the state's army of its last word.
        Optional<String> own = m.actor().inter() == 1 ? UnknownGroups.ownNameEnding(s.text(),
            m.start(), m.end(), w -> dictionary.countryCode(w).isPresent()) : Optional.empty();
        if (own.isPresent()) {
          Optional<Actor> group = UnknownGroups.named(own.get(), country);
          group.ifPresent(g -> actors.add(new Named<>(g, new Evidence("actor", own.get(),
              end - own.get().length(), end), s.index())));
          continue;
        }
        actors.add(new Named<>(m.actor(),
            new Evidence("actor", article.text(start, end), start, end), s.index()));
      }
      // "The separatist Qqq Freedom Front said it planted the device": a group the tables do not
      // know, which "it" and "the group" may point back to.
      java.util.BitSet known = new java.util.BitSet();
      matches.forEach(m -> known.set(m.start(), m.end()));
      for (UnknownGroups.Found f : UnknownGroups.namedIn(s.text(), known::get, country)) {
        if (!modifiesFacility(s.text(), f.end())) {
          actors.add(new Named<>(f.group(), new Evidence("actor", s.text().substring(f.start(),
              f.end()), s.start() + f.start(), s.start() + f.end()), s.index()));
        }
      }
      Affiliations.collect(article, s, matches, affiliations);
    }
    actors.sort(Comparator.comparingInt(n -> n.evidence().start()));
    ActorResolver.withoutOwnMen(actors, article.article().text());
    ActorResolver.armiesNamedBefore(actors);
    return new StoryContext(article.article().text(), country, date, List.copyOf(actors), ForeignNamesakes.without(places, country), affiliations,
        Datelines.place(article, ranker, country), datelineCountry,
        country.map(adjectives::get), sources,
        article.sentences().stream().mapToInt(Sentence::start).toArray());
  }

  /** The country with the most votes so far. */
  private static Optional<String> leading(Map<String, Integer> votes) {
    // A place of no one country ("the Line of Control", a sea) names none.
    return votes.entrySet().stream().filter(e -> !e.getKey().isEmpty())
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** Words between a source and its verb: "army spokesman Cyrille Guemo said". */
  private static final java.util.Set<String> SPEAKERS = java.util.Set.of("spokesman",
      "spokeswoman", "spokesperson", "commander", "chief", "official", "officials", "statement",
      "source", "sources");

  /** "police said", "the army's spokesman told reporters": the actor is who tells, here. */
  private static boolean isSource(Sentence s, int end) {
    int seen = 0;
    for (Token t : s.tokens()) {
      if (t.start() < end) {
        continue;
      }
      if (org.sitrep.extract.SpeechVerbs.contains(t.lemma()) && t.pos().startsWith("VB")) {
        return true;
      }
      boolean between = t.isProperNoun() || t.pos().equals("POS")
          || SPEAKERS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
      if (!between || ++seen > 4) {
        return false;
      }
    }
    return false;
  }

  /** A country named outright weighs three, a province two, a town one. */
  private static int weight(Place p) {
    String code = p.featureCode();
    return code.startsWith("PCL") ? 3 : code.equals("ADM1") ? 2 : 1;
  }

  /**
   * Where the report names its country ("Venezuela", "Venezuelan police"), for evidence of it; an
   * actor's words ("soldiers") only when neither is written.
   */
  Optional<Evidence> countryNamed() {
    return country.flatMap(c -> places.stream().filter(n -> n.value().iso3().equals(c)
        && n.value().featureCode().startsWith("PCL")).map(Named::evidence).findFirst()
        .or(() -> countryAdjective)
        .or(() -> actors.stream().filter(n -> n.value().iso3().equals(c)).map(Named::evidence).findFirst()));
  }

  /**
   * The country the dateline names or lies in, whatever the story's country: what vouches for an
   * event's place being in that country.
   */
  Optional<String> datelineCountry() {
    return datelineCountry;
  }

  /**
   * "... in Belfast ... [six sentences on] their posts came under fire": the town the report
   * names most, where an event is when the sentences around it name no place. Its evidence is
   * its last naming before {@code offset}, else its first; none if the event's sentence names
   * any place.
   */
  Optional<Named<Place>> mainTown(int offset, int sentence) {
    // "the IDF said it struck the sources of launches from Lebanon": a sentence that names a
    // place, though not as the event's, may be elsewhere than the report's town.
    if (places.stream().anyMatch(n -> n.sentence() == sentence)) {
      return Optional.empty();
    }
    // Only a town named before the event: "gunmen attacked shops in the old quarter", told
    // before the report names any town, is not in the town a later part of the report is about.
    return mainTown.stream().filter(n -> n.evidence().end() <= offset).reduce((a, b) -> b);
  }

  /** The dateline's place, if the report has one the gazetteer knows. */
  Optional<Named<Place>> dateline() {
    return dateline;
  }

  /** "the military base", "the army spokesman": the name qualifies a thing, not a party. */
  private static final java.util.regex.Pattern FACILITY = java.util.regex.Pattern.compile(
      "^[\\s-]+(base|bases|airport|airbase|headquarters|checkpoint|checkpoints|post|posts|"
          + "position|positions|outpost|outposts|station|stations|barracks|camp|camps|vehicle|"
          + "vehicles|truck|trucks|academy|hospital|court|spokesman|spokesperson|spokeswoman|"
          + "source|sources|official|officials|statement|media|website|channel|agency)\\b");

  private static boolean namesFacility(String alias) {
    int space = alias.lastIndexOf(' ');
    return space > 0 && FACILITY.matcher(alias.substring(space)).find();
  }

  private static boolean modifiesFacility(String sentence, int end) {
    return FACILITY.matcher(sentence.substring(end)).find();
  }

  Optional<String> country() {
    return country;
  }

  /**
   * Whether the text places anything in the story's country (a place in it, the dateline or the
   * country's adjective: "the Haitian capital"), rather than the country coming only from whose
   * war it is or from its name: JNIM is Malian, but a report that names only Gayeri is in
   * Burkina Faso.
   */
  boolean placesInCountry() {
    return placesInCountry;
  }

  /** Whether the story names a place in the country (its namesakes abroad are left out). */
  boolean namesPlaceIn(String iso3) {
    return places.stream().anyMatch(n -> n.value().iso3().equals(iso3));
  }

  /**
   * Whether a place other than {@code except} that the text names lies in the country: "forces of
   * India and Pakistan ... in Qqq sector" names both countries, and a town of either may be meant.
   */
  boolean namesOtherPlaceIn(String iso3, Evidence except) {
    return places.stream().anyMatch(n -> n.value().iso3().equals(iso3)
        && !n.evidence().equals(except));
  }

  /** The story's country and date, which descriptions such as "the regime" depend on. */
  ActorScope actorScope() {
    return new ActorScope(country, date, text);
  }

  /** The last named actor before {@code offset} that is not {@code other} and passes the filter. */
  Optional<Named<Actor>> lastActorBefore(int offset, Optional<Actor> other,
      java.util.function.Predicate<Actor> filter) {
    int sentence = sentenceAt(offset);
    for (int i = actors.size() - 1; i >= 0; i--) {
      Named<Actor> n = actors.get(i);
      // "Gunmen killed five, police said. 'They came at night'": a source named in a sentence
      // before is who told, not whom "they" or "the attackers" are.
      boolean toldBefore = sources.contains(n.evidence().start()) && n.sentence() < sentence;
      if (n.evidence().end() <= offset && !toldBefore && filter.test(n.value())
          && other.map(o -> !o.name().equals(n.value().name())).orElse(true)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The first armed party other than {@code other} named in the sentence that holds
   * {@code offset}: "two policemen were killed when militants attacked a check point".
   */
  Optional<Named<Actor>> otherArmedPartyInSentence(int offset, Optional<Actor> other) {
    int sentence = sentenceAt(offset);
    return actors.stream().filter(n -> n.sentence() == sentence)
        .filter(n -> n.value().inter() >= 1 && n.value().inter() <= 4 || n.value().inter() == 8)
        .filter(n -> other.map(o -> !o.name().equals(n.value().name())).orElse(true))
        .findFirst();
  }

  private int sentenceAt(int offset) {
    int at = java.util.Arrays.binarySearch(sentenceStarts, offset);
    return at >= 0 ? at : Math.max(0, -at - 2);
  }

  /** The actor a quoted person speaks for, by the person's surname. */
  Optional<Named<Actor>> affiliation(String surname) {
    return Optional.ofNullable(affiliations.get(surname));
  }

  /** Places named before {@code offset}, nearest first, no further back than {@code sentences}. */
  List<Named<Place>> placesBefore(int offset, int sentence, int sentences) {
    List<Named<Place>> out = new ArrayList<>();
    for (int i = places.size() - 1; i >= 0; i--) {
      Named<Place> n = places.get(i);
      if (n.evidence().end() <= offset && sentence - n.sentence() <= sentences) {
        out.add(n);
      }
    }
    return out;
  }
}
