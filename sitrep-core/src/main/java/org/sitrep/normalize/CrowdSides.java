package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * The sides of a demonstration or a riot as ACLED codes them: the crowd, as protesters or
 * rioters, with any group named marching beside it, and who met it.
 */
final class CrowdSides {
  private final ActorResolver actors;

  CrowdSides(ActorResolver actors) {
    this.actors = actors;
  }

  private static final java.util.regex.Pattern MUTUAL_FIGHT = java.util.regex.Pattern.compile(
      "(?i)(fought|fight|fights|fighting|clash|clashed|clashes|brawl|brawled|brawls|scuffled)");

  /** Whether the act's word is one of people fighting each other: "fought", "clashes". */
  static boolean mutualFight(Mention m) {
    return MUTUAL_FIGHT.matcher(m.trigger().text().strip()).matches();
  }

  /**
   * "Supporters who gathered ... were dispersed with tear gas": a protest met by force that names
   * no one who used it was met by the state force that told of it, or else by the police, by
   * ACLED's convention, as an arrest is made.
   */
  EventSides.Sides metByForce(EventSides.Sides s, Mention m, StoryContext story) {
    boolean met = m.subEventType() == SubEventType.PROTEST_WITH_INTERVENTION
        || m.subEventType() == SubEventType.EXCESSIVE_FORCE;
    if (!met || s.actor2().isPresent() || s.actor1().isEmpty()) {
      return s;
    }
    Evidence unnamed = m.trigger().withField("actor2");
    return s.withActor2(s.speaker().filter(n -> n.value().inter() == 1)
        .map(n -> new ActorResolver.Resolved(n.value(), n.evidence().withField("actor2")
            .withNote("no one named who met the crowd: the state force that told of it")))
        .or(() -> actors.described("police", story, unnamed.withNote(
            "no one named who met the crowd: the police, by ACLED's convention"))));
  }

  /** Protests are by protesters and riots by rioters; a named group marches with them. */
  EventSides.Sides demonstrators(EventSides.Sides s, String who, Mention m, StoryContext story) {
    int inter = who.equals("rioters") ? 5 : 6;
    boolean rioters = s.actor1().map(r -> r.actor().inter() == 5).orElse(false);
    if (rioters || s.actor1().map(r -> r.actor().inter() == inter).orElse(false)) {
      return s;
    }
    // "Police dispersed protesters": the crowd is the second side of the text, the police the other.
    if (s.actor2().map(r -> r.actor().inter() == 5 || r.actor().inter() == 6).orElse(false)) {
      return new EventSides.Sides(s.actor2(), s.assoc2(), s.actor1(), s.assoc1(), s.speaker());
    }
    // "Students marched": the crowd is the maker the text names. "Police dispersed traders":
    // the people the police met. "Police fired tear gas": no crowd is named, and the act's words
    // stand for it, not the police's.
    Optional<ActorResolver.Resolved> maker = s.actor1().filter(r -> r.actor().inter() != 1);
    Optional<ActorResolver.Resolved> met = s.actor2().filter(r -> r.actor().inter() == 7)
        .filter(r -> maker.isEmpty());
    Evidence crowdWords = maker.or(() -> met).map(ActorResolver.Resolved::evidence)
        .orElseGet(() -> m.trigger().withNote(
            "no crowd named with the act: " + who + ", by ACLED's convention"));
    Optional<ActorResolver.Resolved> crowd = actors.described(who, story, crowdWords);
    List<ActorResolver.Resolved> with = new ArrayList<>(s.assoc1());
    s.actor1().filter(r -> r.actor().inter() != 1 && !r.actor().generic()).ifPresent(r -> with.add(0, r));
    // "Police detained students during a protest": the police met the crowd, whom the students
    // were part of.
    // "protested against gang violence", "marched against the government": what a peaceful
    // protest is against is its cause, not a side (ACLED codes such a protest with no actor2).
    boolean peaceful = m.subEventType() == SubEventType.PEACEFUL_PROTEST;
    Optional<ActorResolver.Resolved> against = s.actor1().filter(r -> r.actor().inter() == 1)
        .or(() -> s.actor2().filter(r -> met.isEmpty() && !peaceful));
    // "residents of two neighbourhoods fought with machetes": people who fight each other as a
    // crowd are rioters on both sides, not rioters and their victims.
    if (who.equals("rioters") && mutualFight(m)
        && against.filter(r -> r.actor().inter() == 7).isPresent()) {
      against = actors.described(who, story, against.get().evidence()).or(() -> s.actor2());
    }
    return new EventSides.Sides(crowd.or(s::actor1), with, against, s.assoc2(), s.speaker());
  }
}
