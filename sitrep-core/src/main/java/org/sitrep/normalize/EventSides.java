package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Sentence;
import org.sitrep.extract.SpeechVerbs;
import org.sitrep.extract.Things;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * Decides who is on each side of a mention: the actors its phrases name, or those of the event a
 * definite "the attack" refers back to, arranged by ACLED's conventions (a lone victim did not
 * act; protests are by protesters; a bomb with no one named was planted by an unidentified group).
 */
final class EventSides {
  /**
   * Both sides, each a main actor and its associates, who was quoted saying so, and the earlier
   * event the mention turned out to be part of.
   */
  record Sides(
      Optional<ActorResolver.Resolved> actor1, List<ActorResolver.Resolved> assoc1,
      Optional<ActorResolver.Resolved> actor2, List<ActorResolver.Resolved> assoc2,
      Optional<StoryContext.Named<Actor>> speaker, Optional<Event> referent) {
    Sides(Optional<ActorResolver.Resolved> actor1, List<ActorResolver.Resolved> assoc1,
        Optional<ActorResolver.Resolved> actor2, List<ActorResolver.Resolved> assoc2,
        Optional<StoryContext.Named<Actor>> speaker) {
      this(actor1, assoc1, actor2, assoc2, speaker, Optional.empty());
    }

    Sides withActor1(Optional<ActorResolver.Resolved> other) {
      return new Sides(other, assoc1, actor2, assoc2, speaker, referent);
    }

    Sides withActor2(Optional<ActorResolver.Resolved> other) {
      return new Sides(actor1, assoc1, other, assoc2, speaker, referent);
    }

    Sides swapped() {
      return new Sides(actor2, assoc2, actor1, assoc1, speaker, referent);
    }

    /** These sides with {@code maker} as the one who acted, alone, and no earlier event. */
    Sides madeBy(ActorResolver.Resolved maker) {
      return new Sides(Optional.of(maker), List.of(), actor2, assoc2, speaker);
    }
  }

  private static final java.util.regex.Pattern ONE_OF_A_PEOPLE =
      java.util.regex.Pattern.compile("([Aa]n?|[Oo]ne|[Tt]he)\\s+\\p{Lu}[\\p{L}-]+");

  /**
   * People the text names only as unknown ("unknown arsonists", "unidentified individuals"), or
   * only by the damage they do ("arsonists", "vandals").
   */
  private static final java.util.regex.Pattern UNKNOWN_PEOPLE = java.util.regex.Pattern.compile(
      "(?i)\\b(unknown|unidentified|masked)\\b|^(arsonists|vandals)$");
  private static final java.util.regex.Pattern ANONYMOUS = java.util.regex.Pattern.compile(
      "(?i)\\b(man|men|individuals?|persons?|people on)\\b");

  /** Words of a crowd of people, which loots as rioters do. */
  private static final java.util.regex.Pattern CROWD = java.util.regex.Pattern.compile(
      "(?i)\\b(youths?|young (people|men)|residents|villagers|locals|inhabitants|crowds?|mobs?)\\b");
  private static final java.util.regex.Pattern UNKNOWN = java.util.regex.Pattern.compile(
      "(?i)\\b(unknown|unidentified)\\b");

  private final ActorKnowledgeBase dictionary;
  private final ActorResolver actors;
  private final FrontLines frontLines;
  private final CrowdSides crowds;

  EventSides(ActorKnowledgeBase dictionary) {
    this.dictionary = dictionary;
    this.actors = new ActorResolver(dictionary);
    this.frontLines = FrontLines.load(dictionary);
    this.crowds = new CrowdSides(actors);
  }

  /**
   * "Rebels killed 11 civilians ... 'They came at 10 pm and started killing people'": a pronoun
   * that does an act of political violence names the armed men named before it, not the
   * civilians named last; only when none was named is it them.
   */
  private ActorResolver.Resolved armedDoer(Mention m, ActorResolver.Resolved r, StoryContext story,
      Optional<Actor> firedOn) {
    boolean pronoun = m.actor1().filter(ActorResolver::isPronoun).isPresent();
    if (!pronoun || r.actor().inter() != 7 || !m.subEventType().eventType().politicalViolence()) {
      return r;
    }
    return actors.armedReferent(m.actor1().get(), story, firedOn).orElse(r);
  }

  /**
   * @param antecedents the events a definite "the attack" may refer to, or that a killing naming
   *     only its victims may be part of, the most recent first
   * @param definite whether the trigger itself refers back ("the attack"); otherwise the victims
   *     must be a side of the antecedent for the killing to be part of it
   */
  Optional<Sides> of(AnnotatedArticle article, StoryContext story, Mention m,
      List<Event> antecedents, boolean definite) {
    Optional<StoryContext.Named<Actor>> speaker = speaker(article, article.sentences().get(m.sentence()), story);
    // "... when they opened fire on a peaceful march": whom "they" names is not whom they fired on;
    // "its fighters had clashed with the soldiers": nor are the soldiers whose fighters they were.
    Optional<Actor> firedOn = m.actor1().filter(ActorResolver::refersBack).isPresent()
        ? m.actor2().filter(p -> !ActorResolver.isPronoun(p))
            .flatMap(p -> actors.resolve(p, story, Optional.empty(), speaker))
            .map(ActorResolver.Resolved::actor)
        : Optional.empty();
    // "Dinka and Nuer youths clashed": each people's men are a side.
    Optional<List<ActorResolver.Resolved>> peoples =
        SharedNoun.sides(m, article.article().text(), dictionary, actors, story.actorScope());
    Optional<ActorResolver.Resolved> named1 = peoples.isPresent()
        ? Optional.of(peoples.get().get(0))
        : SharedNoun.allied(m, dictionary, actors, story.actorScope())
            .or(() -> m.actor1().flatMap(p -> actors.resolve(p, story, firedOn, speaker)))
            // "stabbed by a Somali": one of a people who attacks is no civilian but an
            // unidentified attacker, as when no one is named.
            .filter(r -> !(r.actor().inter() == 7 && ONE_OF_A_PEOPLE.matcher(r.evidence().text().strip()).matches()))
            .map(r -> armedDoer(m, r, story, firedOn));
    Optional<ActorResolver.Resolved> named2 = peoples.isPresent()
        ? Optional.of(peoples.get().get(1))
        : m.actor2().flatMap(p -> actors.resolve(p, story,
            named1.map(ActorResolver.Resolved::actor), speaker))
        // One actor is not both sides; but two descriptions may name two parties of one kind
        // ("villagers beat two men": civilians both, until the villagers become rioters).
        .filter(r -> named1.map(x -> !x.actor().equals(r.actor()) || r.actor().generic()
            && !x.evidence().text().equalsIgnoreCase(r.evidence().text())).orElse(true))
        .or(() -> m.actor2().filter(p -> CivilianTargets.ofAGroundAttack(m, named1, p))
            .flatMap(p -> described("civilians", story, p)))
        .or(() -> CivilianTargets.harmedFromAfar(m).flatMap(p -> described("civilians", story,
            p.withField("actor2"))))
        .flatMap(r -> CivilianTargets.offDuty(m, r)
            ? described("civilians", story, r.evidence().withNote(
            "off duty: ACLED codes security forces off duty as civilians")) : Optional.of(r));
    if (SidesFromWords.foughtItself(m, named1)) {
      // "Two rival clans clashed": ACLED codes a clash within one kind of group with that group
      // on both sides.
      named2 = named1;
    }
    // "Afghan forces repulsed their attack": who attacked acts first, as ACLED codes it; those
    // who repelled it are the other side.
    Optional<ActorResolver.Resolved> attacker = SidesFromWords.attacker(m, story, named1);
    if (attacker.isEmpty() && SidesFromWords.repelledAttackBy(m)) {
      attacker = named2;
    }
    Optional<ActorResolver.Resolved> a1 = attacker.isPresent() ? attacker : named1;
    Optional<ActorResolver.Resolved> a2 = attacker.isPresent() ? named1 : named2;
    boolean namesActor = a1.map(r -> !r.actor().generic()).orElse(false);
    if (!namesActor) {
      Optional<Event> antecedent = Anaphora.antecedent(antecedents, m,
          a2.map(ActorResolver.Resolved::actor), definite);
      if (antecedent.isPresent()) {
        Optional<ActorResolver.Resolved> target = a2.isPresent() ? a2 : a1;
        return Optional.of(inherited(antecedent.get(), m, target, speaker));
      }
    }
    List<ActorResolver.Resolved> assoc1 = new ArrayList<>(a1.map(ActorResolver.Resolved::allies)
        .orElse(List.of()));
    associates(m.assocActor1(), story, a1, speaker).forEach(assoc1::add);
    List<ActorResolver.Resolved> assoc2 = new ArrayList<>(
        associates(m.assocActor2(), story, a2, speaker));
    // "retook the town of Kalehe from M23 rebels": the town names no one; the rebels it was
    // taken from are the other side, not an ally of no one.
    // A person who names no actor ("his mother, a police officer off duty") keeps the rules
    // that made the second side what it is.
    boolean siteStruck = m.actor2().map(p -> Things.namesAThing(p.text())).orElse(true);
    Optional<ActorResolver.Resolved> side2 = a2.isEmpty() && siteStruck && !assoc2.isEmpty()
        ? Optional.of(assoc2.remove(0)) : a2;
    if (a1.isEmpty() && !assoc1.isEmpty()) {
      // "The government and the ELN signed a ceasefire": when the first of the makers names no
      // actor the tables know, the next one named stands first.
      a1 = Optional.of(assoc1.remove(0));
    }
    return conventional(new Sides(a1, assoc1, side2, assoc2, speaker), m, story);
  }

  /** "The attack killed three": the roles of the attack named before, with this target. */
  private static Sides inherited(Event antecedent, Mention m,
      Optional<ActorResolver.Resolved> ownTarget, Optional<StoryContext.Named<Actor>> speaker) {
    Evidence e = m.trigger();
    Evidence note = new Evidence(e.field(), e.text(), e.start(), e.end(),
        "refers back to the event of " + antecedent.eventId());
    Optional<ActorResolver.Resolved> actor1 =
        antecedent.actor1().map(a -> new ActorResolver.Resolved(a, note));
    Optional<ActorResolver.Resolved> target = ownTarget
        .filter(r -> actor1.map(a -> !a.actor().equals(r.actor())).orElse(true));
    Optional<ActorResolver.Resolved> actor2 = antecedent.actor2()
        .map(a -> new ActorResolver.Resolved(a, note)).or(() -> target);
    return new Sides(actor1, List.of(), actor2, List.of(), speaker, Optional.of(antecedent));
  }

  /** ACLED's conventions for who stands as actor1 when the text leaves it open. */
  private Optional<Sides> conventional(Sides s, Mention m, StoryContext story) {
    EventType type = m.subEventType().eventType();
    // Civilians are unarmed by definition: when they fight or attack, ACLED calls them rioters.
    boolean crowd = s.actor1().map(r -> r.actor().inter() >= 5 && r.actor().inter() <= 7).orElse(false);
    if (type == EventType.RIOTS && s.actor1().map(r -> EventTyping.armedMaker(r.actor()))
        .orElse(false)) {
      // "Gang members threw petrol bombs at vehicles": armed men are no crowd.
      return Optional.of(s);
    }
    if (type == EventType.PROTESTS || type == EventType.RIOTS) {
      String who = type == EventType.RIOTS ? "rioters" : "protesters";
      return Optional.of(crowds.metByForce(crowds.demonstrators(s, who, m, story), m, story));
    }
    if (crowd && s.actor1().map(r -> ANONYMOUS.matcher(r.evidence().text()).find()
        || UNKNOWN.matcher(r.evidence().text()).find()).orElse(false)) {
      // "two men on a motorcycle" who shoot someone are gunmen, not a crowd; so are "unknown
      // people" who set fire to a car.
      Optional<ActorResolver.Resolved> gunmen = described("unidentified gunmen", story, s.actor1().get().evidence());
      return Optional.of(new Sides(gunmen.or(s::actor1), s.assoc1(), s.actor2(), s.assoc2(), s.speaker()));
    }
    // "Youths looted shops": a crowd that loots or burns riots; ACLED codes no civilian as the
    // maker of an act. But a group whose name no table knows is a maker unnamed, not a crowd
    // (people told as unknown were made gunmen just above): only words of a crowd, in the act's
    // own sentence, make one of them ("residents said ... 'They came at night and set fire to
    // the houses'": they are not the residents).
    boolean crowdLooted = crowd && m.subEventType() == SubEventType.LOOTING
        && s.actor1().map(r -> CROWD.matcher(r.evidence().text()).find()
            && !r.evidence().note().startsWith(ActorResolver.REFERRED)).orElse(false);
    if (crowd && (type == EventType.BATTLES || type == EventType.VIOLENCE_AGAINST_CIVILIANS)
        || crowdLooted) {
      return Optional.of(crowds.demonstrators(s, "rioters", m, story));
    }
    if (s.actor1().isPresent() && m.subEventType() == SubEventType.AGREEMENT && s.actor2().isEmpty()
        && !s.assoc1().isEmpty()) {
      // "The government and the rebels signed a ceasefire": an agreement's parties are its two
      // sides, not one side and its allies.
      List<ActorResolver.Resolved> rest = s.assoc1().subList(1, s.assoc1().size());
      return Optional.of(new Sides(s.actor1(), List.copyOf(rest), Optional.of(s.assoc1().get(0)),
          s.assoc2(), s.speaker()));
    }
    if (s.actor1().isPresent()) {
      return Optional.of(s);
    }
    if ((m.subEventType() == SubEventType.OTHER || m.subEventType() == SubEventType.AGREEMENT)
        && m.actor1().map(a -> Offices.heldBy(a.text())).orElse(false)) {
      // "The governor of the region imposed a curfew": one who holds an office of the state
      // decrees and signs for it, and ACLED codes the government.
      return described("the government", story, m.actor1().get().withNote(
          "an official who acts for the state: ACLED codes its government")).map(s::madeBy);
    }
    if (m.subEventType() == SubEventType.LOOTING && m.actor1()
        .map(a -> UNKNOWN_PEOPLE.matcher(a.text()).find()).orElse(false)) {
      // "Unknown arsonists torched a mast": damage done by people no one can name is an
      // unidentified armed group's; damage told with no one at all ("houses were destroyed")
      // may be a storm's.
      return byAnUnknownGroup(m, story, s);
    }
    if (m.subEventType() == SubEventType.ARRESTS
        || m.subEventType() == SubEventType.DISRUPTED_WEAPONS_USE) {
      // "Twelve people were arrested", "three rifles were seized at a checkpoint": arrests and
      // seizures are the state's, made by the police unless the text says whom, or by the state
      // force that told of them ("..., the army said").
      Optional<ActorResolver.Resolved> state = s.speaker().filter(n -> n.value().inter() == 1)
          .map(n -> new ActorResolver.Resolved(n.value(), n.evidence().withNote(
              Mention.NO_MAKER_NAMED + ": the state force that told of it")))
          .or(() -> described("police", story, m.trigger().withNote(
              Mention.NO_MAKER_NAMED + ": the police, by ACLED's convention")));
      return state.map(s::madeBy);
    }
    Optional<Sides> own = UnnamedMakers.strikeOnTheEnemy(s, m);
    if (own.isPresent()) {
      return own;
    }
    boolean remote = type == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    // "Four soldiers were killed in the attack", "the attack wounded five soldiers": the dead and
    // the wounded were attacked, whoever they are.
    boolean harmed = m.subEventType() == SubEventType.ATTACK || m.fatalities().isPresent()
        || m.injured().isPresent() || s.actor2().map(r -> r.actor().inter() == 7).orElse(false)
        || SidesFromWords.passiveSubject(m);
    // "Saturday's attack", "survived an attack on his life": violence no one is named for.
    boolean nobody = s.actor2().isEmpty() && (type == EventType.BATTLES
        || type == EventType.VIOLENCE_AGAINST_CIVILIANS);
    Optional<Sides> front = frontLine(s, m, story);
    if (front.isPresent()) {
      return front;
    }
    if (remote || s.actor2().isPresent() && harmed || nobody) {
      // Victims of a killing, or of a bomb, did not act: the perpetrator is unidentified.
      Optional<ActorResolver.Resolved> unknown = described("unidentified gunmen", story,
          UnnamedMakers.unknownName(m));
      return unknown.map(s::madeBy);
    }
    // "Fighters attacked an army post": the text names who acted, though no table knows them.
    // They are an unidentified armed group; the target named is still the target.
    boolean unknownAgent = m.actor1().isPresent() && s.actor2().isPresent()
        && (type == EventType.BATTLES || type == EventType.VIOLENCE_AGAINST_CIVILIANS);
    if (unknownAgent) {
      return byAnUnknownGroup(m, story, s);
    }
    return s.actor2().map(lone -> new Sides(Optional.of(lone), s.assoc2(), Optional.empty(), List.of(), s.speaker()));
  }

  /**
   * Fire along a standing front line that the text does not attribute is between the line's two
   * sides; when the text names the side that was hit, the other side fired.
   */
  private Optional<Sides> frontLine(Sides s, Mention m, StoryContext story) {
    EventType type = m.subEventType().eventType();
    if (type != EventType.BATTLES && type != EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
      return Optional.empty();
    }
    Optional<FrontLines.Sides> line = frontLines.of(story);
    if (line.isEmpty()) {
      return Optional.empty();
    }
    Actor first = line.get().first();
    Actor second = line.get().second();
    Optional<String> hit = s.actor2().map(r -> r.actor().name());
    if (hit.isPresent() && !hit.get().equals(first.name()) && !hit.get().equals(second.name())) {
      return Optional.empty();
    }
    boolean firstHit = hit.map(first.name()::equals).orElse(false);
    Evidence t = m.trigger();
    Evidence why = new Evidence(t.field(), t.text(), t.start(), t.end(), Mention.FRONT_LINE_SIDES
        + " ('" + line.get().cue() + "') that the report does not attribute: its two sides");
    ActorResolver.Resolved shooter = new ActorResolver.Resolved(firstHit ? second : first, why);
    Optional<ActorResolver.Resolved> target = s.actor2().isPresent() ? s.actor2()
        : Optional.of(new ActorResolver.Resolved(firstHit ? first : second, why));
    return Optional.of(new Sides(Optional.of(shooter), List.of(), target, s.assoc2(), s.speaker()));
  }

  /**
   * The sides with the act's maker, named in words no actor table knows ("fighters", "unknown
   * arsonists"), as an unidentified armed group, by ACLED's convention.
   */
  private Optional<Sides> byAnUnknownGroup(Mention m, StoryContext story, Sides s) {
    Evidence agent = m.actor1().orElseThrow().withNote("no actor of this description is known:"
        + " an unidentified armed group, by ACLED's convention");
    return described("unidentified gunmen", story, agent).map(s::madeBy);
  }

  private Optional<ActorResolver.Resolved> described(String description, StoryContext story,
      Evidence evidence) {
    return actors.described(description, story, evidence);
  }

  private List<ActorResolver.Resolved> associates(List<Evidence> phrases, StoryContext story,
      Optional<ActorResolver.Resolved> main, Optional<StoryContext.Named<Actor>> speaker) {
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (Evidence p : phrases) {
      actors.resolve(p, story, main.map(ActorResolver.Resolved::actor), speaker).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Who is quoted: the actor a person speaks for ("Colonel X said", X having been named as the
   * group's commander), or the actor the subject of a verb of saying names ("the group said", "the
   * army said"), whose figures are then its claims.
   */
  private Optional<StoryContext.Named<Actor>> speaker(AnnotatedArticle article, Sentence s,
      StoryContext story) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0 || !d.relation().startsWith("nsubj")
          || !SpeechVerbs.contains(s.token(d.governor()).lemma())) {
        continue;
      }
      var subject = s.token(d.dependent());
      if (subject.ner().equals("PERSON")) {
        Optional<StoryContext.Named<Actor>> a = story.affiliation(subject.word());
        if (a.isPresent()) {
          return a;
        }
        // "Al Shabaab said": the tagger may take a group's name for a person's; the tables
        // know it as a group.
      }
      Evidence phrase = subjectPhrase(article, s, d.dependent());
      Optional<ActorResolver.Resolved> r = actors.resolve(phrase, story, Optional.empty(), Optional.empty())
          .filter(x -> x.actor().inter() != 7);
      if (r.isPresent()) {
        return Optional.of(new StoryContext.Named<>(r.get().actor(), r.get().evidence(), s.index()));
      }
    }
    return Optional.empty();
  }

  /** The words of a subject: its token and the words before it that modify it ("the Somali army"). */
  private static Evidence subjectPhrase(AnnotatedArticle article, Sentence s, int head) {
    int first = head;
    for (Dependency d : s.basicChildren(head)) {
      String rel = d.relation();
      if (d.dependent() < head && (rel.equals("det") || rel.equals("amod") || rel.equals("compound")
          || rel.equals("nmod:poss"))) {
        first = Math.min(first, d.dependent());
      }
    }
    int start = s.token(first).start();
    int end = s.token(head).end();
    return new Evidence("speaker", article.text(start, end), start, end);
  }
}
