package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.internal.HarmWords;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Joins two mentions of one sentence that state one event from two sides: "nine soldiers were
 * <i>killed</i> when militants <i>attacked</i>" has the victims in one clause and the attackers in
 * the other. They join only when neither contradicts the other: no two different actors in one
 * role, except that the victims of a killing or wounding stand for the attack's target.
 */
final class MentionUnion {
  private MentionUnion() {}

  static boolean fits(Mention a, Mention b) {
    // "missiles struck Dnipro ..., hours before Kyiv announced a prisoner exchange": a deal is
    // never one act with the violence told beside it.
    if (!a.asserted() || !b.asserted() || (a.subEventType() == SubEventType.AGREEMENT)
        != (b.subEventType() == SubEventType.AGREEMENT)) {
      return false;
    }
    if (crowdFight(a, b) || crowdFight(b, a)) {
      // What a demonstration is "against" is no side of the fight: only who fought must agree.
      return agrees(agent(a, b), agent(b, a));
    }
    // "ambushed and killed four policemen, and wounded their commander": those a harm verb names
    // were hurt in the act it is joined to, whether killed or only wounded by the same hands.
    // ("Three soldiers were wounded during clashes with X" is left to the merge: the wounded
    // there are one side of the fight, not its target.)
    boolean harm = isKilling(a) || isKilling(b) || woundedBySomeone(a) || woundedBySomeone(b);
    boolean targetIsPlace = isPlace(a.actor2()) || isPlace(b.actor2());
    // "20 people were injured as two groups clashed": the hurt who name no party are the toll
    // of the act their sentence tells, not a side that must agree with its own.
    boolean toll = tollOnly(a) || tollOnly(b);
    return agrees(agent(a, b), agent(b, a))
        && (harm || targetIsPlace || toll || agrees(a.actor2(), b.actor2()))
        && (a.actor1().isPresent() || b.actor1().isPresent() || a.actor2().isPresent()
            || b.actor2().isPresent());
  }

  /** People only hurt, whom no one is said to have hurt and no word makes a party. */
  private static boolean tollOnly(Mention m) {
    return m.actor1().isEmpty() && HarmWords.onlyHurt(m.trigger().text())
        && m.actor2().map(e -> ArgumentFinder.bystanders(e.text())).orElse(true);
  }

  /**
   * The two mentions as one.
   *
   * @param damageDone whether damage among them is told as done by someone (an active verb)
   * @param coordinated whether their verbs are clauses joined by "and" ("two soldiers were killed
   *     and three militants were shot dead"), whose separate counts of the dead add up
   * @param mutual one of them is a word of a fight both sides took part in ("fought", "clashes"),
   *     whose dead name no side unless their words name a party
   */
  static Mention of(Mention a, Mention b, boolean damageDone, boolean coordinated,
      boolean mutual) {
    if (crowdFight(a, b)) {
      return riot(a, b);
    }
    if (crowdFight(b, a)) {
      return riot(b, a);
    }
    Mention first = arrestsInARaid(a, b) ? a
        : arrestsInARaid(b, a) || rank(b) < rank(a) || rapeOverTaking(b, a) ? b : a;
    Mention second = first == a ? b : a;
    Mention main = interventionIn(first, second) ? second : first;
    Mention other = main == a ? b : a;
    Mention victims = isKilling(a) ? a : isKilling(b) ? b : main;
    List<Evidence> places = new ArrayList<>(main.places());
    places.addAll(other.places());
    SubEventType type = main.subEventType();
    // "marched through the city, and some set a bus station on fire": damage that joins a
    // demonstration, done by no one else, is the crowd's, and makes it violent (as CrowdDamage
    // reads it across mentions that stayed apart). Not damage told in the passive with no one
    // said to have done it ("protested for the release of two men arrested after a truck was
    // looted"), which may be its cause.
    if (type.eventType() == org.sitrep.model.EventType.PROTESTS
        && other.subEventType() == SubEventType.LOOTING && other.asserted() && damageDone) {
      type = SubEventType.VIOLENT_DEMONSTRATION;
    }
    // "an air strike killed five": the killing's subject is the strike itself, not an actor.
    Optional<Evidence> actor1 = main.actor1().or(() -> other.actor1()
        .filter(e -> !(e.start() <= main.trigger().start() && main.trigger().end() <= e.end())));
    List<Evidence> assoc1 = main.actor1().isPresent() ? main.assocActor1() : other.assocActor1();
    // In a fight the dead may be of either side: the named opponent stays the second side.
    boolean fought = main.subEventType().eventType() == org.sitrep.model.EventType.BATTLES
        && main.actor2().filter(e -> !isPlace(Optional.of(e))).isPresent();
    Optional<Evidence> actor2 = fought ? main.actor2() : java.util.stream.Stream.of(victims.actor2(), main.actor2(), other.actor2())
        .flatMap(Optional::stream).filter(e -> !isPlace(Optional.of(e))).findFirst()
        .or(() -> victims.actor2().or(main::actor2).or(other::actor2));
    List<Evidence> assoc2 = victims.actor2().isPresent() && !fought ? victims.assocActor2() : main.assocActor2();
    boolean fight = main.subEventType().eventType() == org.sitrep.model.EventType.BATTLES;
    if (fight && mutual && !fought && victims != main && main.actor1().isPresent()
        && victims.actor2().filter(e -> ArgumentFinder.bystanders(e.text())).isPresent()) {
      // "seven people were killed when two clan militias fought": those a fight killed are its
      // toll, not its other side, unless the words name a party ("two soldiers were killed").
      actor2 = Optional.empty();
      assoc2 = main.assocActor2();
    }
    if (fight && actor1.isEmpty() && victims != main && victims.actor2().isPresent()
        && main.actor2().filter(e -> !isPlace(Optional.of(e))).isPresent()) {
      // "militants were killed in clashes with the army": the dead fought the army. (Not those
      // "killed in an attack on a village": a place fights no one, they were its people.)
      actor1 = victims.actor2();
      assoc1 = victims.assocActor2();
      actor2 = main.actor2();
      assoc2 = main.assocActor2();
    }
    Span phrase = new Span(Math.min(a.phrase().start(), b.phrase().start()),
        Math.max(a.phrase().end(), b.phrase().end()));
    return new Mention(main.sentence(), main.trigger(), main.sentenceText(), phrase, type,
        actor1, assoc1, actor2, assoc2,
        places, main.date().or(other::date), dead(main, other, coordinated),
        main.injured().or(other::injured), main.captured().or(other::captured),
        main.modality(), main.cue());
  }

  private static final java.util.regex.Pattern BODY =
      java.util.regex.Pattern.compile("(?i)\\b(bod(y|ies)|corpses?|remains)\\b");

  /** The dead of both clauses when each counts its own; else the main one's, or the other's. */
  private static Optional<org.sitrep.model.Count> dead(Mention main, Mention other,
      boolean coordinated) {
    if (coordinated && main.fatalities().isPresent() && other.fatalities().isPresent()) {
      Evidence x = main.fatalities().get().evidence();
      Evidence y = other.fatalities().get().evidence();
      // "a man was killed and his body was dumped": a body found is the dead already counted.
      boolean body = BODY.matcher(x.text()).find() || BODY.matcher(y.text()).find();
      if (!body && (x.end() <= y.start() || y.end() <= x.start())) {
        return Optional.of(main.fatalities().get().plus(other.fatalities().get()));
      }
    }
    return main.fatalities().or(other::fatalities);
  }

  /**
   * Which of two triggers names the event, lower first: the weapon ("an air strike killed"),
   * then the fight, then a riot ("demonstrated and pelted stones"), then abduction and the rest;
   * a bare killing names it last unless nothing else
   * does, but beats an abduction in the same raid since ACLED codes the deadlier act.
   */
  private static int rank(Mention m) {
    // "detained 14 people during raids": a raid is the operation, what it did is the event.
    if (VAGUE.contains(m.trigger().text().toLowerCase(java.util.Locale.ROOT))) {
      return 7;
    }
    // "besieged by police, who fired teargas at the crowd": a crowd dispersed, not a battle.
    if (m.subEventType() == SubEventType.PROTEST_WITH_INTERVENTION
        || m.subEventType() == SubEventType.EXCESSIVE_FORCE) {
      return 0;
    }
    return switch (m.subEventType().eventType()) {
      case EXPLOSIONS_REMOTE_VIOLENCE -> 0;
      case BATTLES -> 1;
      case RIOTS -> 2;
      // "torched houses and shot at people": damage or seizures beside violence, even violence
      // that only hurt, are part of it; the violence names the event. Arrests rank as the
      // violence does, since those arrested for a protest are the event, not the protest.
      case STRATEGIC_DEVELOPMENTS -> m.subEventType() == SubEventType.ARRESTS ? 4 : 6;
      // "were shot and injured": the shooting names the event, the injury only who was hurt.
      default -> isKilling(m) ? (m.fatalities().isPresent() ? 3 : 5)
          : HarmWords.onlyHurt(m.trigger().text()) ? 5 : 4;
    };
  }

  /**
   * A demonstration and a fight of one clause tree: "rioters demonstrating against fuel prices
   * clashed with police", "held a demonstration and clashed with the MP's supporters". A crowd
   * that fights while it demonstrates riots: one violent demonstration, its makers the crowd.
   */
  private static boolean crowdFight(Mention demonstration, Mention fight) {
    return CROWD_ACTS.contains(demonstration.subEventType())
        && fight.subEventType() == SubEventType.ARMED_CLASH
        && demonstration.actor1().filter(crowd -> java.util.Arrays
            .stream(crowd.text().split("\\s+")).noneMatch(AgentFinder::namesArmedMakers))
            .isPresent();
  }

  /**
   * What a crowd does itself; a protest met with intervention or force is what was done to it.
   * ("Militias marched to the village and attacked": armed men on the move are no crowd.)
   */
  private static final java.util.Set<SubEventType> CROWD_ACTS = java.util.Set.of(
      SubEventType.PEACEFUL_PROTEST, SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE);

  private static Mention riot(Mention demonstration, Mention fight) {
    List<Evidence> places = new ArrayList<>(demonstration.places());
    places.addAll(fight.places());
    Mention m = demonstration;
    // crowdFight holds only where the demonstration names its crowd: they are the makers.
    Span phrase = new Span(Math.min(m.phrase().start(), fight.phrase().start()),
        Math.max(m.phrase().end(), fight.phrase().end()));
    return new Mention(m.sentence(), m.trigger(), m.sentenceText(), phrase,
        SubEventType.VIOLENT_DEMONSTRATION, m.actor1(), m.assocActor1(), fight.actor2(),
        fight.assocActor2(), places, m.date().or(fight::date),
        m.fatalities().or(fight::fatalities), m.injured().or(fight::injured),
        m.captured().or(fight::captured), m.modality(), m.cue());
  }

  /**
   * "Police intervened and dispersed the mob", "intervened in a fight": what the police did, or
   * what they stepped into, names the event; "intervened and detained them" is the intervention.
   */
  private static boolean interventionIn(Mention intervention, Mention other) {
    return intervention.trigger().text().toLowerCase(java.util.Locale.ROOT).startsWith("interven")
        && other.subEventType() != SubEventType.ARRESTS;
  }

  /**
   * "Soldiers raided a village and arrested 14 people": a raid that killed no one, told with the
   * arrests it made, was an arrest operation. (One that killed stays the deadlier act.)
   */
  private static boolean arrestsInARaid(Mention arrests, Mention raid) {
    return arrests.subEventType() == SubEventType.ARRESTS
        && raid.trigger().text().toLowerCase(java.util.Locale.ROOT).startsWith("raid")
        && raid.fatalities().isEmpty() && arrests.fatalities().isEmpty();
  }

  /** "detained and raped a woman", "kidnapped and raped": ACLED codes the sexual violence. */
  private static boolean rapeOverTaking(Mention rape, Mention taking) {
    return rape.subEventType() == SubEventType.SEXUAL_VIOLENCE
        && (taking.subEventType() == SubEventType.ARRESTS
            || taking.subEventType() == SubEventType.ABDUCTION);
  }

  private static final java.util.Set<String> VAGUE = java.util.Set.of("raid", "raids", "operation");

  /** A killing; "wounded" or "injured" is a harm too, but the victims are the killed ones. */
  private static boolean isKilling(Mention m) {
    String w = m.trigger().text().toLowerCase(java.util.Locale.ROOT);
    return m.subEventType() == SubEventType.ATTACK && !w.startsWith("wound") && !w.startsWith("injur");
  }

  /**
   * The one who did {@code m}'s act, unless what stands there is the other's act: in "shells
   * fired by the army killed two civilians" the killing's subject is the shelling, not an actor.
   */
  private static Optional<Evidence> agent(Mention m, Mention other) {
    return m.actor1().filter(e -> !(e.start() <= other.trigger().start()
        && other.trigger().end() <= e.end()));
  }

  private static boolean woundedBySomeone(Mention m) {
    return m.subEventType() == SubEventType.ATTACK && m.actor1().isPresent();
  }

  /** "captured the village", "attacked positions": the target is a place, not a party. */
  static boolean isPlace(Optional<Evidence> target) {
    if (target.isEmpty()) {
      return false;
    }
    String[] words = target.get().text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return Things.isThing(words[words.length - 1]);
  }

  private static boolean agrees(Optional<Evidence> x, Optional<Evidence> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    // "Israeli" and "Israeli air strikes" are one agent seen from two triggers.
    String a = x.get().text().toLowerCase(java.util.Locale.ROOT);
    String b = y.get().text().toLowerCase(java.util.Locale.ROOT);
    return a.contains(b) || b.contains(a) || BOTH_SIDES.contains(a) || BOTH_SIDES.contains(b);
  }

  /** "..., and the two sides clashed": the parties just named, whoever they are. */
  private static final java.util.Set<String> BOTH_SIDES = java.util.Set.of(
      "the two sides", "both sides", "the two groups", "both groups", "each other");
}
