package org.sitrep.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Rejection;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/**
 * Codes each asserted mention as an event: actors from the knowledge base, the place from the
 * gazetteer, the date with its precision, the settled sub-event type with CAMEO and PLOVER codes.
 * A mention that is not asserted, or names no actor, becomes a {@link Rejection} that says why.
 * Thread-safe: all state is per call.
 */
public final class MentionCoder {
  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;
  private final EventCodebook codebook;
  private final EventSides sides;
  private final PlaceResolver places;
  private final PlaceSpotter spotter = new PlaceSpotter();

  public MentionCoder(ActorDictionary dictionary, Gazetteer gazetteer, EventCodebook codebook) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
    this.codebook = codebook;
    this.sides = new EventSides(dictionary);
    this.places = new PlaceResolver(gazetteer);
  }

  public Coding code(AnnotatedArticle article, List<Mention> mentions) {
    StoryContext story = StoryContext.of(article, dictionary, gazetteer, spotter);
    List<Event> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<Integer> eventSentences = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.asserted()) {
        rejections.add(new Rejection(m.trigger(), m.sentenceText(), m.modality().label(),
            m.cue().map(Evidence::text).orElse("")));
        continue;
      }
      boolean definite = Anaphora.definiteTrigger(article, m);
      Optional<Event> antecedent = definite || Anaphora.victimsOnly(m)
          ? Anaphora.lastEventBefore(events, eventSentences, m) : Optional.empty();
      Optional<Event> event = event(article, story, m, antecedent, definite);
      Optional<String> historical = event.flatMap(e -> Anaphora.historical(e, article))
          .or(() -> event.filter(MentionCoder::ungrounded).map(e -> "no place, date, count or named actor"));
      if (historical.isPresent()) {
        rejections.add(new Rejection(m.trigger(), m.sentenceText(), historical.get(),
            m.date().map(d -> d.evidence().text()).orElse("")));
      } else if (event.isPresent()) {
        events.add(event.get());
        eventSentences.add(m.sentence());
      } else {
        rejections.add(new Rejection(m.trigger(), m.sentenceText(), "no actor", ""));
      }
    }
    return new Coding(events, rejections);
  }

  private Optional<Event> event(AnnotatedArticle article, StoryContext story, Mention m,
      Optional<Event> antecedent, boolean definite) {
    Optional<EventSides.Sides> sides = this.sides.of(article, story, m, antecedent, definite);
    if (sides.isEmpty() || sides.get().actor1().isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorResolver.Resolved> a1 = sides.get().actor1();
    Optional<ActorResolver.Resolved> a2 = sides.get().actor2();
    List<ActorResolver.Resolved> assoc1 = sides.get().assoc1();
    List<ActorResolver.Resolved> assoc2 = sides.get().assoc2();
    Optional<StoryContext.Named<Actor>> speaker = sides.get().speaker();
    Optional<Actor> actor1 = a1.map(ActorResolver.Resolved::actor);
    Optional<Actor> actor2 = a2.map(ActorResolver.Resolved::actor);
    // "The attack" that refers back is the event already coded, of its type.
    SubEventType type = sides.get().referent().map(Event::subEventType).orElseGet(() ->
        EventTyping.settle(m.subEventType(), actor1, actor2, m.captured().isPresent(),
            m.fatalities().isPresent()));
    Optional<Event> referent = sides.get().referent();
    Optional<PlaceResolver.Located> place = places.locate(m, story)
        .filter(p -> referent.isEmpty() || !p.evidence().note().startsWith(PlaceResolver.EARLIER));
    Optional<Place> where = place.map(PlaceResolver.Located::place)
        .or(() -> referent.flatMap(Event::place));
    GeoPrecision geoPrecision = place.map(PlaceResolver.Located::precision)
        .orElse(referent.map(Event::geoPrecision).orElse(GeoPrecision.REGION));
    Optional<LocalDate> published = article.article().metadata().published();
    // "The fighting" with no date of its own happened when the fight it refers to did.
    Optional<LocalDate> date = m.date().isPresent() ? m.date().flatMap(d -> d.date())
        : referent.map(Event::eventDate).orElse(published);
    TimePrecision precision = m.date().flatMap(d -> d.date()).isPresent() ? m.date().get().precision()
        : referent.map(Event::timePrecision).orElse(TimePrecision.WEEK);

    List<Evidence> evidence = new ArrayList<>();
    evidence.add(m.sentenceText());
    evidence.add(m.trigger());
    a1.ifPresent(r -> evidence.add(r.evidence().withField("actor1")));
    assoc1.forEach(r -> evidence.add(r.evidence().withField("assoc_actor_1")));
    a2.ifPresent(r -> evidence.add(r.evidence().withField("actor2")));
    assoc2.forEach(r -> evidence.add(r.evidence().withField("assoc_actor_2")));
    place.ifPresent(p -> evidence.add(p.evidence().withField("location")));
    m.date().ifPresent(d -> evidence.add(d.evidence()));
    Optional<String> claimant = speaker.map(s -> s.value().name())
        .filter(n -> actor1.map(a -> a.name().equals(n)).orElse(false)
            || actor2.map(a -> a.name().equals(n)).orElse(false));
    Optional<Count> fatalities = m.fatalities().map(c -> claimed(c, claimant));
    Optional<Count> injured = m.injured().map(c -> claimed(c, claimant));
    Optional<Count> captured = m.captured().map(c -> claimed(c, claimant));
    fatalities.ifPresent(c -> evidence.add(countEvidence(c)));
    injured.ifPresent(c -> evidence.add(countEvidence(c)));
    captured.ifPresent(c -> evidence.add(countEvidence(c)));

    return Optional.of(new Event(
        EventIds.of(article.article().id(), m.trigger().start()),
        article.article().id(),
        date,
        precision,
        type,
        actor1,
        assoc1.stream().map(ActorResolver.Resolved::actor).filter(a -> !actor1.equals(Optional.of(a))).distinct().toList(),
        actor2,
        assoc2.stream().map(ActorResolver.Resolved::actor).filter(a -> !actor2.equals(Optional.of(a))).distinct().toList(),
        where,
        geoPrecision,
        article.article().metadata().source(),
        "",
        fatalities.map(Count::value).orElse(0),
        injured.map(Count::value).orElse(0),
        captured.map(Count::value).orElse(0),
        codebook.cameo(type),
        codebook.plover(type),
        m.modality(),
        Confidence.of(actor1.isPresent(), actor2.isPresent(), where.isPresent(), m.date().isPresent()),
        evidence));
  }

  /**
   * "They fought", "people demonstrated": with only descriptions for actors and no place, day or
   * toll, a sentence reports no event one could code; in general news such sentences are idioms.
   */
  private static boolean ungrounded(Event e) {
    boolean named = e.actor1().map(a -> !a.generic()).orElse(false)
        || e.actor2().map(a -> !a.generic()).orElse(false);
    boolean explicitDate = e.evidence().stream().anyMatch(v -> v.field().equals("event_date"));
    boolean counted = e.fatalities() + e.injured() + e.captured() > 0;
    return !named && e.place().isEmpty() && !explicitDate && !counted;
  }

  private static Count claimed(Count c, Optional<String> claimant) {
    return claimant.isEmpty() ? c : new Count(c.value(), c.evidence(), c.rule(), claimant);
  }

  private static Evidence countEvidence(Count c) {
    String note = c.rule() + c.claimant().map(n -> "; claimed by " + n + ", a party to the fighting").orElse("");
    Evidence e = c.evidence();
    return new Evidence(e.field(), e.text(), e.start(), e.end(), note);
  }
}
