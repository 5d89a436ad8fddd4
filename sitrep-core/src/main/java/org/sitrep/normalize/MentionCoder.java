package org.sitrep.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Sentence;
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Mention;
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
  private static final Set<String> SPEECH_VERBS = Set.of(
      "say", "tell", "confirm", "announce", "state", "add", "explain", "indicate", "claim",
      "report", "note", "point", "declare", "assert", "insist", "accuse", "deny");

  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;
  private final EventCodebook codebook;
  private final ActorResolver actors;
  private final PlaceResolver places;
  private final PlaceSpotter spotter = new PlaceSpotter();

  public MentionCoder(ActorDictionary dictionary, Gazetteer gazetteer, EventCodebook codebook) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
    this.codebook = codebook;
    this.actors = new ActorResolver(dictionary);
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
      Optional<Event> antecedent = Anaphora.definiteTrigger(article, m)
          ? Anaphora.lastEventBefore(events, eventSentences, m) : Optional.empty();
      Optional<Event> event = event(article, story, m, antecedent);
      Optional<String> historical = event.flatMap(e -> Anaphora.historical(e, article));
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
      Optional<Event> antecedent) {
    Sentence sentence = article.sentences().get(m.sentence());
    Optional<StoryContext.Named<Actor>> speaker = speaker(sentence, story);
    boolean namesActor = m.actor1().flatMap(p -> actors.resolve(p, story, Optional.empty(), speaker))
        .map(r -> !r.actor().generic()).orElse(false);
    Optional<Sides> own = sides(m, story, speaker);
    Optional<Sides> sides = namesActor || antecedent.isEmpty()
        ? own
        : Optional.of(inherited(antecedent.get(), m, own));
    if (sides.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorResolver.Resolved> a1 = sides.get().actor1();
    Optional<ActorResolver.Resolved> a2 = sides.get().actor2();
    List<ActorResolver.Resolved> assoc1 = associates(m.assocActor1(), story, a1, speaker);
    List<ActorResolver.Resolved> assoc2 = associates(m.assocActor2(), story, a2, speaker);
    Optional<Actor> actor1 = a1.map(ActorResolver.Resolved::actor);
    Optional<Actor> actor2 = a2.map(ActorResolver.Resolved::actor);
    SubEventType type = EventTyping.settle(m.subEventType(), actor1, actor2, m.captured().isPresent());
    Optional<PlaceResolver.Located> place = places.locate(m, story);
    Optional<LocalDate> published = article.article().metadata().published();
    Optional<LocalDate> date = m.date().flatMap(d -> d.date()).or(() -> m.date().isEmpty() ? published : Optional.empty());
    TimePrecision precision = m.date().flatMap(d -> d.date()).isPresent()
        ? m.date().get().precision() : TimePrecision.WEEK;

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
        place.map(PlaceResolver.Located::place),
        place.map(PlaceResolver.Located::precision).orElse(GeoPrecision.REGION),
        article.article().metadata().source(),
        "",
        fatalities.map(Count::value).orElse(0),
        injured.map(Count::value).orElse(0),
        captured.map(Count::value).orElse(0),
        codebook.cameo(type),
        codebook.plover(type),
        m.modality(),
        Confidence.of(actor1.isPresent(), actor2.isPresent(), place.isPresent(), m.date().isPresent()),
        evidence));
  }

  /** "The attack killed three": the roles of the attack named before. */
  private static Sides inherited(Event antecedent, Mention m, Optional<Sides> own) {
    Evidence e = m.trigger();
    Evidence note = new Evidence(e.field(), e.text(), e.start(), e.end(),
        "refers back to the event of " + antecedent.eventId());
    Optional<ActorResolver.Resolved> actor1 =
        antecedent.actor1().map(a -> new ActorResolver.Resolved(a, note));
    // The mention's own target ("killed three Islamic State members") completes the earlier record.
    Optional<ActorResolver.Resolved> ownTarget = own
        .flatMap(x -> x.actor2().isPresent() ? x.actor2() : x.actor1())
        .filter(r -> actor1.map(a -> !a.actor().equals(r.actor())).orElse(true));
    Optional<ActorResolver.Resolved> actor2 = antecedent.actor2()
        .map(a -> new ActorResolver.Resolved(a, note)).or(() -> ownTarget);
    return new Sides(actor1, actor2);
  }

  private record Sides(Optional<ActorResolver.Resolved> actor1,
      Optional<ActorResolver.Resolved> actor2) {}

  /** Both sides; a lone victim gets its perpetrator or, if armed, becomes the only side. */
  private Optional<Sides> sides(Mention m, StoryContext story,
      Optional<StoryContext.Named<Actor>> speaker) {
    Optional<ActorResolver.Resolved> a1 = m.actor1()
        .flatMap(p -> actors.resolve(p, story, Optional.empty(), speaker));
    Optional<ActorResolver.Resolved> a2 = m.actor2()
        .flatMap(p -> actors.resolve(p, story, a1.map(ActorResolver.Resolved::actor), speaker))
        .filter(r -> a1.map(x -> !x.actor().equals(r.actor())).orElse(true));
    if (a1.isPresent()) {
      return Optional.of(new Sides(a1, a2));
    }
    if (a2.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorResolver.Resolved> perpetrator = perpetratorFor(a2.get(), story, m.subEventType());
    return Optional.of(perpetrator.isPresent() ? new Sides(perpetrator, a2) : new Sides(a2, Optional.empty()));
  }

  /** Victims attacked by no one named: ACLED codes an unidentified armed group. */
  private Optional<ActorResolver.Resolved> perpetratorFor(ActorResolver.Resolved victim,
      StoryContext story, SubEventType suggested) {
    // Victims of a killing did not act; civilians attacked by someone did not either.
    if (victim.actor().inter() != 7 && suggested != SubEventType.ATTACK) {
      return Optional.empty();
    }
    return dictionary.resolve("unidentified gunmen", story.country())
        .map(a -> new ActorResolver.Resolved(a, victim.evidence()));
  }

  private List<ActorResolver.Resolved> associates(List<Evidence> phrases, StoryContext story,
      Optional<ActorResolver.Resolved> main, Optional<StoryContext.Named<Actor>> speaker) {
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (Evidence p : phrases) {
      actors.resolve(p, story, main.map(ActorResolver.Resolved::actor), speaker).ifPresent(out::add);
    }
    return out;
  }

  /** The actor whose spokesman is the subject of a verb of saying in the sentence. */
  private static Optional<StoryContext.Named<Actor>> speaker(Sentence s, StoryContext story) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0 || !d.relation().startsWith("nsubj")) {
        continue;
      }
      String verb = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
      var subject = s.token(d.dependent());
      if (SPEECH_VERBS.contains(verb) && subject.ner().equals("PERSON")) {
        Optional<StoryContext.Named<Actor>> a = story.affiliation(subject.word());
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
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
