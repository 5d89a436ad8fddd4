package org.sitrep.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.Demonyms;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.model.Actor;
import org.sitrep.model.Candidate;
import org.sitrep.model.DateExpression;
import org.sitrep.model.MentionRole;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Rejection;
import org.sitrep.model.StoryKind;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.place.PlaceRanker;

/**
 * Codes each asserted mention as an event: actors from the knowledge base, the place from the
 * gazetteer, the date with its precision, the settled sub-event type with CAMEO and PLOVER codes.
 * A mention that is not asserted, or names no actor, becomes a {@link Rejection} that says why.
 * Thread-safe: all state is per call.
 */
public final class MentionCoder {
  private final ActorKnowledgeBase dictionary;
  private final PlaceRanker ranker;
  private final UnknownPlaces unknownPlaces;
  private final EventCodebook codebook;
  private final EventSides sides;
  private final PlaceResolver places;
  private final Waves waves;
  private final Sites sites = Sites.loadDefault();
  private final PlaceSpotter spotter = new PlaceSpotter();
  private final MentionRoles roles = MentionRoles.loadDefault();
  private static final java.util.regex.Pattern AIRCRAFT = java.util.regex.Pattern.compile(
      "(?i)\\b(air ?force|warplanes?|jets?|aircraft|drones?|helicopters?|(?<!suicide )bombers)\\b");
  /** Words of a fight both sides took part in. */
  private static final java.util.regex.Pattern MUTUAL = java.util.regex.Pattern.compile(
      "(?i)(clash|fight|fought|battl|skirmish|scuffl|brawl)");
  /** What aircraft are said to do that is a strike from the air, whatever the trigger's kind. */
  private static final java.util.Set<SubEventType> FROM_THE_AIR = java.util.EnumSet.of(
      SubEventType.ARMED_CLASH, SubEventType.ATTACK, SubEventType.SHELLING_ARTILLERY_MISSILE,
      SubEventType.REMOTE_EXPLOSIVE);
  private final StoryKinds kinds = StoryKinds.loadDefault();
  private final Demonyms demonyms = Demonyms.loadDefault();
  private final OrdinaryCrime crime = OrdinaryCrime.loadDefault();
  private static final java.util.Set<String> RAIDS = java.util.Set.of("raid", "raids", "raided", "raiding");

  private final LearnedTyping learned;

  public MentionCoder(ActorKnowledgeBase dictionary, PlaceRanker ranker, EventCodebook codebook) {
    this(dictionary, ranker, codebook, Optional.empty(), false);
  }

  /**
   * @param typer the learned typer beside the trigger rules; empty: the rules alone
   * @param typerDecides the typer may overrule the trigger's type and reject mentions; else it
   *     only advises
   */
  public MentionCoder(ActorKnowledgeBase dictionary, PlaceRanker ranker, EventCodebook codebook,
      Optional<org.sitrep.typing.SubEventTyper> typer, boolean typerDecides) {
    this.learned = new LearnedTyping(typer, typerDecides);
    this.dictionary = dictionary;
    this.ranker = ranker;
    this.codebook = codebook;
    this.sides = new EventSides(dictionary);
    this.places = new PlaceResolver(ranker, demonyms);
    this.waves = new Waves(ranker);
    this.unknownPlaces = new UnknownPlaces(ranker);
  }

  public Coding code(AnnotatedArticle article, List<Mention> mentions) {
    StoryContext story = StoryContext.of(article, dictionary, ranker, spotter, demonyms);
    StoryKind kind = kinds.of(article);
    boolean crimeStory = crime.crimeStory(article);
    List<Candidate> candidates = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<Integer> eventSentences = new ArrayList<>();
    boolean demonstration = roles.demonstrationTold(article);
    java.util.Map<Integer, org.sitrep.typing.TypeGuess> guesses = learned.read(mentions);
    java.util.Map<Integer, java.util.Set<SubEventType>> ruleTypes = LearnedTyping.ruleTypes(mentions);
    CrowdDamage damage = CrowdDamage.of(mentions);
    for (Mention mention : mentions) {
      Mention told = damage.reread(mention);
      if (!told.asserted()) {
        rejections.add(new Rejection(told.trigger(), told.sentenceText(), told.modality().label(),
            told.cue().map(Evidence::text).orElse("")));
        continue;
      }
      if (!demonstration && MentionRoles.onlyAtAProtest(told)) {
        rejections.add(new Rejection(told.trigger(), told.sentenceText(),
            "no demonstration told", ""));
        continue;
      }
      Optional<org.sitrep.typing.TypeGuess> guess = Optional.ofNullable(guesses.get(told.sentence()));
      if (guess.isPresent() && learned.rejects(guess.get())) {
        rejections.add(new Rejection(told.trigger(), told.sentenceText(), "typer: not an event",
            String.format(Locale.ROOT, "%.2f", 1 - guess.get().eventProbability())));
        continue;
      }
      LearnedTyping.Decision decision = learned.decide(told, guess,
          ruleTypes.getOrDefault(told.sentence(), java.util.Set.of()));
      MentionRole role = roles.of(article, told);
      boolean pointsBack = role == MentionRole.REFERENCE || role == MentionRole.ASIDE
          || role == MentionRole.BACKGROUND || role == MentionRole.HEADLINE;
      // "mourned the 12 soldiers who died in an ambush in 2023": an act told in passing whose
      // own clause dates it long before the report keeps that date, and so is history, not an
      // act of the report's day.
      Mention phrase = told.withinPhrase();
      Mention m = !pointsBack ? told
          : phrase.date().isEmpty() && longPast(told, article)
              ? phrase.withDate(told.date().get()) : phrase;
      // A mention that points back is joined to its event by the merger; only the victims of a
      // killing borrow the sides of the event told just before, to be counted on the right side.
      boolean definite = Anaphora.definiteTrigger(article, m);
      List<Event> antecedents = role == MentionRole.OUTCOME
          ? Anaphora.recentEvents(events, eventSentences, m) : List.of();
      Optional<Event> event = event(article, story, m, antecedents, definite, decision,
          demonstration);
      if (event.isPresent() && crimeStory && crime.isOrdinary(event.get(), m)) {
        rejections.add(new Rejection(m.trigger(), m.sentenceText(), "ordinary crime", ""));
      } else if (event.isPresent()) {
        Event e = AnotherAct.madeByEarlier(article, m, event.get(), events);
        boolean ownPlace = e.evidence().stream().anyMatch(v -> v.field().equals("location")
            && !v.note().startsWith(PlaceResolver.EARLIER) && !v.note().startsWith(Sites.NOTE));
        // A month or a year is the report's frame more often than the event's own day.
        // In a court story the day of the hearing is in most sentences: only a day in the
        // mention's own phrase is the event's.
        // So too for the victims of an event told before: "13 had suffered injuries but 11 were
        // still in hospital on Saturday" dates the hospital stay.
        // And an act told as a sentence's background, "protested on 3 June against the attacks on
        // traders": the sentence's day is the protest's.
        boolean inPhraseOnly = kind == StoryKind.COURT || role == MentionRole.OUTCOME
            || role == MentionRole.BACKGROUND;
        boolean dated = !inPhraseOnly ? m.datedInSentence()
            : m.datedInSentence() && m.date().map(d -> m.inPhrase(d.evidence())).orElse(false);
        boolean datedHere = dated && m.date().flatMap(DateExpression::date).isPresent()
            && !m.date().get().borrowed();
        // "Teachers marched to the ministry on Monday" with no publication date: the day cannot
        // be found, but the report still tells the act as one that happened on a day of its own.
        boolean undated = article.article().metadata().published().isEmpty();
        // "in an overnight raid": a night counted back from the report, which the lead of a wire
        // story uses loosely for the night a later sentence dates ("late on Tuesday"); it does
        // not part the two.
        boolean ownDate = dated && m.date().filter(d -> !d.borrowed()
            && (d.date().isPresent() || undated)
            && d.precision() != TimePrecision.MONTH
            && !d.evidence().text().equalsIgnoreCase("overnight")).isPresent();
        boolean sidesTold = m.actor1().isPresent() || m.actor2().isPresent();
        // Places the gazetteer does not know ("Shah Wali Kot district", "Oxford Street"): they
        // still tell two events apart; those it knows are compared as places.
        // A village only its words call one ("the village of X") counts where the mention was
        // placed at no known place of its own: beside one, it is as likely a part of it.
        List<String> placeWords = m.eventPlaces().stream()
            .filter(v -> unknownPlaces.endsInPlaceNoun(v)
                || !ownPlace && unknownPlaces.calledAPlace(v, article.article().text()))
            .map(Evidence::text)
            // "the Bambili neighbourhood" placed as a quarter of the town named before is in it.
            .filter(w -> e.evidence().stream().noneMatch(v -> v.field().equals("location")
                && v.text().equals(w) && v.note().startsWith(PlaceResolver.QUARTER_OF)))
            .toList();
        List<Event> wave = role == MentionRole.REPORT
            ? waves.split(e, m, article.article().text(), story) : List.of(e);
        for (Event one : wave) {
          List<String> words = wave.size() == 1 ? placeWords : List.of();
          boolean claimed = one.evidence().stream().anyMatch(v -> v.field().equals("fatalities")
              && v.note().contains(EventEvidence.CLAIMED_BY));
          candidates.add(new Candidate(one, role, m.sentence(), ownPlace, ownDate, sidesTold, words,
              claimed, datedHere));
        }
        events.add(e);
        eventSentences.add(m.sentence());
      } else {
        rejections.add(new Rejection(m.trigger(), m.sentenceText(), "no actor", ""));
      }
    }
    return new Coding(candidates, rejections, kind);
  }

  /**
   * The article's merged events with the learned typer's reading of each one's own sentence,
   * when the typer advises rather than decides; else as they are.
   */
  public List<Event> advise(List<Event> merged) {
    return learned.advise(merged);
  }

  /** The CAMEO and PLOVER codes of the event's type, once merging has settled the type. */
  public Event withCodes(Event e) {
    return e.withCodes(codebook.cameo(e.subEventType()), codebook.plover(e.subEventType()));
  }

  private Optional<Event> event(AnnotatedArticle article, StoryContext story, Mention m,
      List<Event> antecedents, boolean definite, LearnedTyping.Decision decision,
      boolean demonstration) {
    Optional<EventSides.Sides> found = sides.of(article, story, m, antecedents, definite);
    if (found.isEmpty() || found.get().actor1().isEmpty()) {
      return Optional.empty();
    }
    EventSides.Sides told = GovernmentForces.addressed(found.get(), m);
    Optional<Event> referent = told.referent();
    // "The attack" that refers back is the event already coded, of its type.
    SubEventType type = referent.map(Event::subEventType).orElseGet(() ->
        EventTyping.settle(decision.type(), told.actor1().map(ActorResolver.Resolved::actor),
            told.actor2().map(ActorResolver.Resolved::actor), m.captured().isPresent(),
            m.fatalities().isPresent(), RAIDS.contains(m.trigger().text().toLowerCase(Locale.ROOT)),
            MUTUAL.matcher(m.trigger().text()).lookingAt()));
    type = EventTyping.crowdViolence(type, demonstration);
    // "the air force was carrying out attacks", "warplanes attacked", "helicopters fired rockets",
    // "warplanes struck a car": attacks from the air.
    // "Israeli bombing killed 12": a state's forces, at home (inter 1) or abroad (8), named as the
    // bombing's maker in its own phrase, bomb from the air; they plant no bombs.
    boolean stateBombing = type == SubEventType.REMOTE_EXPLOSIVE
        && m.trigger().text().toLowerCase(Locale.ROOT).startsWith("bombing")
        && m.actor1().map(a -> a.end() <= m.trigger().start() && m.trigger().start() - a.end() <= 3)
            .orElse(false)
        && told.actor1().map(r -> EventTyping.stateForce(r.actor())).orElse(false);
    if (stateBombing || FROM_THE_AIR.contains(type) && told.actor1()
        .map(r -> AIRCRAFT.matcher(r.evidence().text()).find() || AIRCRAFT.matcher(
            m.actor1().map(Evidence::text).orElse("")).find()).orElse(false)) {
      type = SubEventType.AIR_DRONE_STRIKE;
    }
    // A protest event is the protesters' first: "police shot protesters" is their protest met
    // with force.
    // So is a riot: "police and protesters fought", "police fired on rioters" are the crowd's.
    boolean protestersSecond = (type.eventType() == org.sitrep.model.EventType.PROTESTS
        || type.eventType() == org.sitrep.model.EventType.RIOTS)
        && told.actor2().map(r -> r.actor().inter() == 6 || r.actor().inter() == 5).orElse(false);
    EventSides.Sides s = protestersSecond ? told.swapped() : told;
    // "Protesters set fire to a police station": a crowd that riots is coded as rioters.
    if (type.eventType() == org.sitrep.model.EventType.RIOTS && s.actor1()
        .map(r -> r.actor().inter() == 6 && r.actor().generic()).orElse(false)) {
      Evidence crowd = s.actor1().get().evidence();
      s = s.withActor1(dictionary.resolve("rioters", story.actorScope())
          .map(a -> new ActorResolver.Resolved(a, crowd)).or(s::actor1));
    }
    s = s.withActor1(GovernmentForces.of(s.actor1(), type, dictionary, story.actorScope()))
        .withActor2(GovernmentForces.of(s.actor2(), type, dictionary, story.actorScope()));
    if (type == SubEventType.MOB_VIOLENCE && s.actor2().isEmpty() && CrowdSides.mutualFight(m)) {
      // "residents of two neighbourhoods fought with machetes": a crowd that fought itself has
      // rioters on both sides, not rioters and their victims.
      Evidence others = m.trigger().withNote("a crowd that fought itself: rioters on both sides");
      s = s.withActor2(dictionary.resolve("rioters", story.actorScope())
          .map(a -> new ActorResolver.Resolved(a, others)));
    }
    Optional<String> unnamed = UnnamedCivilians.why(type,
        s.actor1().map(ActorResolver.Resolved::actor), m.actor2());
    if (unnamed.isPresent() && s.actor2().isEmpty()) {
      // The act's words stand for the civilians on its unnamed second side.
      Evidence victims = m.trigger().withNote(unnamed.get());
      s = s.withActor2(dictionary.resolve("civilians", story.actorScope())
          .map(a -> new ActorResolver.Resolved(a, victims)));
    }
    Where where = where(m, story, referent);
    // ACLED names a description's actor by the country the event happened in: "KYIV - Russia
    // fired missiles at Zaporizhzhia, killing four people" kills Ukrainian civilians, though the
    // story names Russia most. Only where the dateline vouches for the place's country, or the
    // text places nothing in the story's country (JNIM is Malian; a report naming only Gayeri
    // is Burkinabe), or where the place is a capital or a city of 100,000 ("civilians killed in
    // Damascus, US officials said"): a village the gazetteer found in a namesake abroad must not
    // carry the actors there.
    // So does the sentence that names the place's country ("Across the border in Uganda, a mob
    // in Qqq town ...").
    Optional<String> eventCountry = where.place().filter(p -> !p.iso3().isEmpty())
        .filter(p -> story.datelineCountry().map(p.iso3()::equals).orElse(false)
            || !story.placesInCountry() || p.isMajorCity() || namesItsCountry(m, p))
        .map(Place::iso3);
    Optional<Actor> actor1 = s.actor1().map(r -> ofCountry(r, eventCountry, story));
    Optional<Actor> actor2 = s.actor2().map(r -> ofCountry(r, eventCountry, story));
    When when = when(m, referent, article.article().metadata().published());
    EventEvidence.Counts counts = EventEvidence.counts(m, s);
    return Optional.of(MakersDead.mark(new Event(
        EventIds.of(article.article().id(), m.trigger().start()),
        article.article().id(),
        when.date(),
        when.precision(),
        type,
        actor1,
        others(s.assoc1(), actor1),
        actor2,
        others(s.assoc2(), actor2),
        where.place(),
        where.precision(),
        article.article().metadata().source(),
        "",
        counts.fatalities().map(Count::value).orElse(0),
        counts.injured().map(Count::value).orElse(0),
        counts.captured().map(Count::value).orElse(0),
        codebook.cameo(type),
        codebook.plover(type),
        m.modality(),
        Confidence.of(actor1.isPresent(), actor2.isPresent(), where.place().isPresent(),
            m.date().isPresent(), decision.probabilityOf(type)),
        EventEvidence.of(m, s, where.evidence(), counts,
            sites.nearest(m, story.text(), where.place().map(Place::name).orElse("")), decision,
            article.article().metadata())), m, referent, dictionary, story.actorScope()));
  }

  /** The mention's own words name the country the town {@code p} lies in. */
  private boolean namesItsCountry(Mention m, Place p) {
    return !p.isArea() && m.places().stream().anyMatch(e -> ranker.resolveAsWritten(e.text(), Optional.empty())
        .filter(q -> q.featureCode().startsWith("PCL") && q.iso3().equals(p.iso3())).isPresent());
  }

  /** A description's actor ("Civilians (X)") in the event's country, when it is another. */
  private Actor ofCountry(ActorResolver.Resolved r, Optional<String> country, StoryContext story) {
    Actor a = r.actor();
    if (country.isEmpty() || country.get().equals(a.iso3())) {
      return a;
    }
    if (a.inter() == 1 && !a.generic()) {
      // "Al-Shabaab attacked a police post in Nyeri": the police of the place, not of the
      // group's country; "Somali troops" stay Somalia's, as their words say.
      return dictionary.resolve(r.evidence().text(), story.actorScope().in(country.get()))
          .filter(other -> other.inter() == 1 && other.iso3().equals(country.get())).orElse(a);
    }
    if (!a.generic() || !a.name().endsWith(")")) {
      return a;
    }
    String description = a.name().substring(0, a.name().lastIndexOf('(')).strip()
        .toLowerCase(Locale.ROOT);
    return dictionary.resolve(description, story.actorScope().in(country.get()))
        .filter(other -> other.generic() && other.inter() == a.inter()).orElse(a);
  }

  private record Where(Optional<Place> place, GeoPrecision precision, Optional<Evidence> evidence) {}

  private record When(Optional<LocalDate> date, TimePrecision precision) {}

  /** The mention's own place; for "the fighting", the place of the fight it refers to. */
  private Where where(Mention m, StoryContext story, Optional<Event> referent) {
    Optional<PlaceResolver.Located> own = places.locate(m, story)
        .filter(p -> referent.isEmpty() || !p.evidence().note().startsWith(PlaceResolver.EARLIER));
    if (own.isPresent()) {
      return new Where(Optional.of(own.get().place()), own.get().precision(),
          Optional.of(own.get().evidence()));
    }
    return new Where(referent.flatMap(Event::place),
        referent.map(Event::geoPrecision).orElse(GeoPrecision.REGION), Optional.empty());
  }

  /**
   * The date the text gives; for "the fighting", its fight's; else the publication date with
   * week precision, as ACLED codes a report that gives no day.
   */
  private static When when(Mention m, Optional<Event> referent, Optional<LocalDate> published) {
    if (m.date().isPresent()) {
      return new When(m.date().get().date(),
          m.date().get().date().isPresent() ? m.date().get().precision() : TimePrecision.WEEK);
    }
    return new When(referent.map(Event::eventDate).orElse(published),
        referent.map(Event::timePrecision).orElse(TimePrecision.WEEK));
  }

  /** Associated actors, without the main actor of their side and without repeats. */
  private static List<Actor> others(List<ActorResolver.Resolved> assoc, Optional<Actor> main) {
    return assoc.stream().map(ActorResolver.Resolved::actor)
        .filter(a -> !main.equals(Optional.of(a))).distinct().toList();
  }

  private static boolean longPast(Mention m, AnnotatedArticle article) {
    var published = article.article().metadata().published();
    return published.isPresent() && m.date().filter(d -> !d.borrowed())
        .flatMap(org.sitrep.model.DateExpression::date)
        .filter(d -> d.isBefore(published.get().minusDays(Event.HISTORY_DAYS))).isPresent();
  }
}
